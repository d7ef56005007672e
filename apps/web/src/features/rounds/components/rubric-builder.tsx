import { useEffect, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField, type ControlProps } from '../../../components/ui/form-field';
import {
  addCriterion,
  MAX_CRITERIA,
  MAX_LEVELS,
  moveCriterion,
  removeCriterion,
  RUBRIC_LANGUAGES,
  rubricProblems,
  updateCriterion,
  weightShares,
  withScale,
  type CriterionDraft,
  type RubricDraft,
  type RubricLanguage,
  type RubricProblem,
} from '../utils/rubric-draft';
import { formatShare } from '../utils/round-label';
import './rounds.css';

export const RUBRIC_ID = 'rb-criteria';

type TextField = 'name' | 'description';

/** The input ids of a criterion's fields; error summaries link to them. */
export const criterionIds = (uid: string) => ({
  legend: `${uid}-legend`,
  key: `${uid}-key`,
  text: (field: TextField, lang: RubricLanguage) => `${uid}-${field}-${lang}`,
  weight: `${uid}-weight`,
  scaleMin: `${uid}-min`,
  scaleMax: `${uid}-max`,
  level: (index: number, lang: RubricLanguage) => `${uid}-level-${index}-${lang}`,
  up: `${uid}-up`,
  down: `${uid}-down`,
  remove: `${uid}-remove`,
});

const languageName = (t: TFunction, lang: RubricLanguage) => t(`rounds.rubric.language.${lang}`);

/** Server field path (rubric.criteria.0.weight) → the input showing it and its label, for the current draft. */
export function rubricFieldMap(t: TFunction, draft: RubricDraft): Record<string, { id: string; label: string }> {
  const m: Record<string, { id: string; label: string }> = { rubric: { id: RUBRIC_ID, label: t('rounds.rubric.title') }, 'rubric.criteria': { id: RUBRIC_ID, label: t('rounds.rubric.title') } };
  draft.criteria.forEach((c, i) => {
    const ids = criterionIds(c.uid);
    const n = i + 1;
    const label = (what: string) => t('rounds.rubric.fieldOf', { n, field: what });
    const base = `rubric.criteria.${i}`;
    m[base] = { id: ids.legend, label: t('rounds.rubric.criterionN', { n }) };
    m[`${base}.key`] = { id: ids.key, label: label(t('rounds.rubric.key')) };
    m[`${base}.name`] = { id: ids.text('name', 'en'), label: label(t('rounds.rubric.nameIn', { language: languageName(t, 'en') })) };
    m[`${base}.description`] = { id: ids.text('description', 'en'), label: label(t('rounds.rubric.descriptionIn', { language: languageName(t, 'en') })) };
    for (const lang of RUBRIC_LANGUAGES) {
      m[`${base}.name.${lang}`] = { id: ids.text('name', lang), label: label(t('rounds.rubric.nameIn', { language: languageName(t, lang) })) };
      m[`${base}.description.${lang}`] = { id: ids.text('description', lang), label: label(t('rounds.rubric.descriptionIn', { language: languageName(t, lang) })) };
    }
    m[`${base}.weight`] = { id: ids.weight, label: label(t('rounds.rubric.weight')) };
    m[`${base}.scaleMin`] = { id: ids.scaleMin, label: label(t('rounds.rubric.scaleMin')) };
    m[`${base}.scaleMax`] = { id: ids.scaleMax, label: label(t('rounds.rubric.scaleMax')) };
    m[`${base}.levels`] = { id: ids.scaleMax, label: label(t('rounds.rubric.levels')) };
    c.levels.forEach((l, j) => {
      m[`${base}.levels.${j}.descriptor`] = { id: ids.level(j, 'en'), label: label(t('rounds.rubric.levelIn', { score: l.score, language: languageName(t, 'en') })) };
    });
  });
  return m;
}

function problemText(t: TFunction, p: RubricProblem): string {
  if (p.code === 'scale_invalid') return p.field === 'scaleMin' ? t('rounds.rubric.problems.scaleMin') : t('rounds.rubric.problems.scaleMax', { max: MAX_LEVELS });
  if (p.code === 'too_many') return t('rounds.rubric.problems.too_many', { max: MAX_CRITERIA });
  return t(`rounds.rubric.problems.${p.code}`);
}

/** The rubric's problems found in the browser (the API's own check), by input id, translated. */
export function rubricLocalErrors(t: TFunction, draft: RubricDraft): Record<string, string[]> {
  const fields = rubricFieldMap(t, draft);
  const out: Record<string, string[]> = {};
  for (const p of rubricProblems(draft)) {
    const path = p.criterion === null ? `rubric.${p.field}` : `rubric.criteria.${p.criterion}.${p.field}`;
    const id = fields[path]?.id ?? RUBRIC_ID;
    out[id] = [...(out[id] ?? []), problemText(t, p)];
  }
  return out;
}

export interface RubricBuilderProps {
  draft: RubricDraft;
  onChange: (draft: RubricDraft) => void;
  errors: Record<string, string[] | undefined>;
}

/**
 * Builds a rubric, starting from the round's (the default one for a new round): criteria with their names and
 * descriptions in English and Japanese, a weight shown as its share of the total, a scale, and a descriptor for
 * each level of the scale. Criteria can be added, removed and put in order.
 */
export function RubricBuilder({ draft, onChange, errors }: RubricBuilderProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const shares = weightShares(draft);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    if (!focusTarget) return;
    const el = document.getElementById(focusTarget) as HTMLButtonElement | HTMLInputElement | null;
    el?.focus();
    setFocusTarget(null);
  }, [focusTarget, draft]);

  const move = (index: number, delta: -1 | 1) => {
    const c = draft.criteria[index]!;
    const to = index + delta;
    onChange(moveCriterion(draft, index, delta));
    const ids = criterionIds(c.uid);
    // the focus stays with the criterion; at either end the other arrow takes it
    const atEnd = to === 0 || to === draft.criteria.length - 1;
    setFocusTarget(atEnd ? (delta < 0 ? ids.down : ids.up) : delta < 0 ? ids.up : ids.down);
    setAnnouncement(t('rounds.rubric.moved', { name: c.name.en || c.key, position: to + 1, total: draft.criteria.length }));
  };
  const remove = (index: number) => {
    const c = draft.criteria[index]!;
    const next = draft.criteria[index + 1] ?? draft.criteria[index - 1];
    onChange(removeCriterion(draft, index));
    setFocusTarget(next && next.uid !== c.uid ? criterionIds(next.uid).legend : 'rb-add');
    setAnnouncement(t('rounds.rubric.removed', { name: c.name.en || c.key }));
  };
  const add = () => {
    const next = addCriterion(draft);
    onChange(next);
    setFocusTarget(criterionIds(next.criteria[next.criteria.length - 1]!.uid).text('name', 'en'));
  };

  return (
    <div className="rubric-builder">
      <div id={RUBRIC_ID} tabIndex={-1} className="rubric-weights">
        <p className="field-label">{t('rounds.rubric.weightsTitle')}</p>
        <p className="field-hint">{t('rounds.rubric.weightsHint')}</p>
        {errors[RUBRIC_ID]?.length ? <p className="field-error">{errors[RUBRIC_ID]!.join('; ')}</p> : null}
        <ul className="weight-list">
          {draft.criteria.map((c, i) => (
            <li key={c.uid}>
              <span className="weight-name">{c.name.en || t('rounds.rubric.criterionN', { n: i + 1 })}</span>
              <span className="weight-share">{shares[i] === null ? '—' : formatShare(shares[i]!, lng)}</span>
              <span className="weight-bar" aria-hidden="true" style={{ width: `${(shares[i] ?? 0) * 100}%` }} />
            </li>
          ))}
        </ul>
      </div>

      <ol className="criteria-list">
        {draft.criteria.map((c, i) => (
          <li key={c.uid}>
            <CriterionEditor
              criterion={c}
              index={i}
              total={draft.criteria.length}
              share={shares[i] ?? null}
              errors={errors}
              onChange={(patch) => onChange(updateCriterion(draft, i, patch))}
              onMove={(delta) => move(i, delta)}
              onRemove={() => remove(i)}
            />
          </li>
        ))}
      </ol>

      <div className="form-actions">
        <Button id="rb-add" variant="secondary" onClick={add} disabled={draft.criteria.length >= MAX_CRITERIA}>
          <span aria-hidden="true">＋ </span>
          {t('rounds.rubric.add')}
        </Button>
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.overallComment} onChange={(e) => onChange({ ...draft, overallComment: e.target.checked })} />
        <span>{t('rounds.rubric.overallComment')}</span>
      </label>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

interface CriterionEditorProps {
  criterion: CriterionDraft;
  index: number;
  total: number;
  share: number | null;
  errors: Record<string, string[] | undefined>;
  onChange: (patch: Partial<CriterionDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

function CriterionEditor({ criterion: c, index, total, share, errors, onChange, onMove, onRemove }: CriterionEditorProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ids = criterionIds(c.uid);
  const n = index + 1;
  const req = t('common.required');
  // the descriptors start open where some are still to write, and open whenever one of them has a problem
  const [levelsOpen, setLevelsOpen] = useState(() => c.levels.some((l) => !l.descriptor.en.trim()));
  const levelProblem = c.levels.some((_, j) => Boolean(errors[ids.level(j, 'en')]?.length));
  useEffect(() => {
    if (levelProblem) setLevelsOpen(true);
  }, [levelProblem]);
  // each label says which criterion it belongs to, for screen readers listing the form's fields
  const which = <span className="visually-hidden"> – {t('rounds.rubric.criterionN', { n })}</span>;
  /** a labelled field of this criterion, with its errors; English and the numbers are required */
  const field = (id: string, label: string, input: (p: ControlProps) => ReactNode, { hint, required = true }: { hint?: string; required?: boolean } = {}) => (
    <FormField
      key={id}
      id={id}
      label={
        <>
          {label}
          {which}
        </>
      }
      hint={hint}
      required={required}
      requiredLabel={req}
      errors={errors[id]}
    >
      {input}
    </FormField>
  );
  const text = (name: TextField, lang: RubricLanguage) => {
    const value = c[name][lang];
    const set = (v: string) => onChange({ [name]: { ...c[name], [lang]: v } });
    const label = t(name === 'name' ? 'rounds.rubric.nameIn' : 'rounds.rubric.descriptionIn', { language: languageName(t, lang) });
    return field(
      ids.text(name, lang),
      label,
      (p) =>
        name === 'name' ? (
          <input {...p} type="text" lang={lang} value={value} onChange={(e) => set(e.target.value)} required={lang === 'en'} />
        ) : (
          <textarea {...p} lang={lang} rows={2} value={value} onChange={(e) => set(e.target.value)} required={lang === 'en'} />
        ),
      { required: lang === 'en' },
    );
  };
  const setLevel = (j: number, lang: RubricLanguage, value: string) =>
    onChange({ levels: c.levels.map((x, k) => (k === j ? { ...x, descriptor: { ...x.descriptor, [lang]: value } } : x)) });

  return (
    <fieldset className="criterion-editor" aria-describedby={errors[ids.legend] ? `${ids.legend}-error` : undefined}>
      <legend id={ids.legend} tabIndex={-1}>
        {t('rounds.rubric.criterionN', { n })}
        {c.name.en ? <span className="criterion-editor-name"> · {c.name.en}</span> : null}
      </legend>
      {errors[ids.legend]?.length ? (
        <p id={`${ids.legend}-error`} className="field-error">
          {errors[ids.legend]!.join('; ')}
        </p>
      ) : null}
      <div className="criterion-tools">
        <Button id={ids.up} variant="secondary" onClick={() => onMove(-1)} disabled={index === 0} aria-label={t('rounds.rubric.moveUp', { n })}>
          <span aria-hidden="true">↑</span> {t('rounds.rubric.up')}
        </Button>
        <Button id={ids.down} variant="secondary" onClick={() => onMove(1)} disabled={index === total - 1} aria-label={t('rounds.rubric.moveDown', { n })}>
          <span aria-hidden="true">↓</span> {t('rounds.rubric.down')}
        </Button>
        <Button id={ids.remove} variant="danger" onClick={onRemove} disabled={total <= 1} aria-label={t('rounds.rubric.removeN', { n })}>
          {t('rounds.rubric.remove')}
        </Button>
      </div>
      <div className="criterion-texts">
        {text('name', 'en')}
        {text('name', 'ja')}
        {text('description', 'en')}
        {text('description', 'ja')}
      </div>
      <div className="grid-4 aligned-fields">
        {field(ids.weight, t('rounds.rubric.weight'), (p) => <input {...p} type="number" inputMode="decimal" min={0} step="any" value={c.weight} onChange={(e) => onChange({ weight: e.target.value })} required />, {
          hint: share === null ? t('rounds.rubric.shareNone') : t('rounds.rubric.share', { share: formatShare(share, lng) }),
        })}
        {field(ids.scaleMin, t('rounds.rubric.scaleMin'), (p) => <input {...p} type="number" inputMode="numeric" min={0} step={1} value={c.scaleMin} onChange={(e) => onChange(withScale(c, e.target.value, c.scaleMax))} required />)}
        {field(ids.scaleMax, t('rounds.rubric.scaleMax'), (p) => <input {...p} type="number" inputMode="numeric" min={1} step={1} value={c.scaleMax} onChange={(e) => onChange(withScale(c, c.scaleMin, e.target.value))} required />, {
          hint: t('rounds.rubric.scaleHint', { max: MAX_LEVELS }),
        })}
        {field(ids.key, t('rounds.rubric.key'), (p) => <input {...p} type="text" value={c.key} onChange={(e) => onChange({ key: e.target.value })} autoCapitalize="none" spellCheck={false} required />, {
          hint: t('rounds.rubric.keyHint'),
        })}
      </div>
      <details className="criterion-levels" open={levelsOpen} onToggle={(e) => setLevelsOpen(e.currentTarget.open)}>
        <summary>{t('rounds.rubric.levelsSummary', { n: c.levels.length, min: c.levels[0]?.score ?? c.scaleMin, max: c.levels[c.levels.length - 1]?.score ?? c.scaleMax })}</summary>
        <ol className="level-editors">
          {c.levels.map((l, j) => (
            <li key={l.score}>
              <fieldset className="level-editor">
                <legend>{t('rounds.rubric.levelN', { score: l.score })}</legend>
                <div className="grid-2">
                  {RUBRIC_LANGUAGES.map((lang) =>
                    field(
                      ids.level(j, lang),
                      t('rounds.rubric.levelIn', { score: l.score, language: languageName(t, lang) }),
                      (p) => <textarea {...p} lang={lang} rows={2} value={l.descriptor[lang]} onChange={(e) => setLevel(j, lang, e.target.value)} required={lang === 'en'} />,
                      { required: lang === 'en' },
                    ),
                  )}
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      </details>
    </fieldset>
  );
}
