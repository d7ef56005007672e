import { useEffect, useState, type ReactNode } from 'react';
import { Disclosure } from './disclosure';
import type { TFunction } from '../../../lib/translator';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FormField, type ControlProps } from '../../../components/ui/form-field';
import { languageLabel } from '../../../lib/languages';
import { fallbackLang, localize, localizeWithLanguage } from '../../../lib/localized-text';
import {
  addCriterion,
  ENGLISH,
  languageComplete,
  languagesOf,
  MAX_CRITERIA,
  MAX_LEVELS,
  moveCriterion,
  rekeyCriterion,
  removeCriterion,
  renameCriterion,
  rubricProblems,
  textsWritten,
  translationLanguages,
  unlistedLanguages,
  updateCriterion,
  weightShares,
  withScale,
  type CriterionDraft,
  type RubricDraft,
  type RubricProblem,
} from '../utils/rubric-draft';
import { formatShare } from '../utils/round-label';
import './rounds.css';

export const RUBRIC_ID = 'rb-criteria';

type TextField = 'name' | 'description';

/** The longest text the API takes in each language (apps/api CriterionDto and RubricLevelDto). */
const MAX_LENGTH = { name: 120, description: 1000, descriptor: 400 } as const;

/** The input ids of a criterion's fields; error summaries link to them. */
export const criterionIds = (uid: string) => ({
  legend: `${uid}-legend`,
  key: `${uid}-key`,
  text: (field: TextField, lang: string) => `${uid}-${field}-${lang}`,
  weight: `${uid}-weight`,
  scaleMin: `${uid}-min`,
  scaleMax: `${uid}-max`,
  level: (index: number, lang: string) => `${uid}-level-${index}-${lang}`,
  translations: `${uid}-translations`,
  up: `${uid}-up`,
  down: `${uid}-down`,
  remove: `${uid}-remove`,
});

/**
 * Server field path (rubric.criteria.0.weight) → the input showing it and its label, for the current draft; the
 * languages are named in the reader's language (uiLanguage).
 */
export function rubricFieldMap(t: TFunction, draft: RubricDraft, uiLanguage: string): Record<string, { id: string; label: string }> {
  const languageName = (lang: string) => languageLabel(lang, uiLanguage);
  const m: Record<string, { id: string; label: string }> = {
    rubric: { id: RUBRIC_ID, label: t('rounds.rubric.title') },
    'rubric.criteria': { id: RUBRIC_ID, label: t('rounds.rubric.title') },
  };
  draft.criteria.forEach((c, i) => {
    const ids = criterionIds(c.uid);
    const n = i + 1;
    const label = (what: string) => t('rounds.rubric.fieldOf', { n, field: what });
    const base = `rubric.criteria.${i}`;
    m[base] = { id: ids.legend, label: t('rounds.rubric.criterionN', { n }) };
    m[`${base}.key`] = { id: ids.key, label: label(t('rounds.rubric.key')) };
    // a whole text's problem (English missing, a language too long) is shown at its English input
    m[`${base}.name`] = { id: ids.text('name', ENGLISH), label: label(t('rounds.rubric.nameIn', { language: languageName(ENGLISH) })) };
    m[`${base}.description`] = { id: ids.text('description', ENGLISH), label: label(t('rounds.rubric.descriptionIn', { language: languageName(ENGLISH) })) };
    for (const lang of languagesOf(c)) {
      m[`${base}.name.${lang}`] = { id: ids.text('name', lang), label: label(t('rounds.rubric.nameIn', { language: languageName(lang) })) };
      m[`${base}.description.${lang}`] = {
        id: ids.text('description', lang),
        label: label(t('rounds.rubric.descriptionIn', { language: languageName(lang) })),
      };
    }
    m[`${base}.weight`] = { id: ids.weight, label: label(t('rounds.rubric.weight')) };
    m[`${base}.scaleMin`] = { id: ids.scaleMin, label: label(t('rounds.rubric.scaleMin')) };
    m[`${base}.scaleMax`] = { id: ids.scaleMax, label: label(t('rounds.rubric.scaleMax')) };
    m[`${base}.levels`] = { id: ids.scaleMax, label: label(t('rounds.rubric.levels')) };
    c.levels.forEach((l, j) => {
      m[`${base}.levels.${j}.descriptor`] = {
        id: ids.level(j, ENGLISH),
        label: label(t('rounds.rubric.levelIn', { score: l.score, language: languageName(ENGLISH) })),
      };
    });
  });
  return m;
}

function problemText(t: TFunction, p: RubricProblem): string {
  if (p.code === 'scale_invalid')
    return p.field === 'scaleMin' ? t('rounds.rubric.problems.scaleMin') : t('rounds.rubric.problems.scaleMax', { max: MAX_LEVELS });
  if (p.code === 'too_many') return t('rounds.rubric.problems.too_many', { max: MAX_CRITERIA });
  return t(`rounds.rubric.problems.${p.code}`);
}

/** The rubric's problems found in the browser (the API's own check), by input id, translated. */
export function rubricLocalErrors(t: TFunction, draft: RubricDraft, uiLanguage: string): Record<string, string[]> {
  const fields = rubricFieldMap(t, draft, uiLanguage);
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
  /**
   * The competition's languages (CompetitionDto.languages): each text can be written in them besides English.
   * Undefined while they are not known yet: the languages the rubric already has texts in are offered meanwhile.
   */
  languages?: readonly string[];
}

/**
 * Builds a rubric, starting from the round's (the default one for a new round): criteria with their names,
 * descriptions and level descriptors in English (required) and in the competition's other languages, a weight
 * shown as its share of the total, a scale, and a descriptor for each level of the scale. Criteria can be added,
 * removed and put in order. Texts in a language the competition no longer lists are shown apart and kept.
 */
export function RubricBuilder({ draft, onChange, errors, languages }: RubricBuilderProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const shares = weightShares(draft);
  const translations = translationLanguages(languages, draft);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    if (!focusTarget) return;
    const el = document.getElementById(focusTarget) as HTMLButtonElement | HTMLInputElement | null;
    el?.focus();
    setFocusTarget(null);
  }, [focusTarget, draft]);

  const move = (index: number, delta: -1 | 1) => {
    const c = draft.criteria[index];
    const to = index + delta;
    onChange(moveCriterion(draft, index, delta));
    const ids = criterionIds(c.uid);
    // the focus stays with the criterion; at either end the other arrow takes it
    const atEnd = to === 0 || to === draft.criteria.length - 1;
    setFocusTarget(atEnd ? (delta < 0 ? ids.down : ids.up) : delta < 0 ? ids.up : ids.down);
    setAnnouncement(t('rounds.rubric.moved', { name: localize(c.name, lng) || c.key, position: to + 1, total: draft.criteria.length }));
  };
  const remove = (index: number) => {
    const c = draft.criteria[index];
    const next = draft.criteria[index + 1] ?? draft.criteria[index - 1];
    onChange(removeCriterion(draft, index));
    setFocusTarget(next && next.uid !== c.uid ? criterionIds(next.uid).legend : 'rb-add');
    setAnnouncement(t('rounds.rubric.removed', { name: localize(c.name, lng) || c.key }));
  };
  const add = () => {
    // generic descriptors to edit: in English (required), and in the organiser's language when the rubric is written in it
    const english = i18n.getFixedT(ENGLISH);
    const own = lng !== ENGLISH && translations.includes(lng) ? lng : null;
    const levels = [1, 2, 3, 4, 5].map((n) => ({
      en: english(`roundSetup.rubric.level${n}`),
      ...(own ? { [own]: t(`roundSetup.rubric.level${n}`) } : {}),
    }));
    const next = addCriterion(draft, levels);
    onChange(next);
    setFocusTarget(criterionIds(next.criteria[next.criteria.length - 1].uid).text('name', 'en'));
  };

  return (
    <div className="rubric-builder">
      <div id={RUBRIC_ID} tabIndex={-1} className="rubric-weights">
        <p className="field-label">{t('rounds.rubric.weightsTitle')}</p>
        <p className="field-hint">{t('rounds.rubric.weightsHint')}</p>
        {errors[RUBRIC_ID]?.length ? <p className="field-error">{errors[RUBRIC_ID].join('; ')}</p> : null}
        <ul className="weight-list">
          {draft.criteria.map((c, i) => {
            // the criterion in the reader's language, or English marked as such
            const name = localizeWithLanguage(c.name, lng);
            return (
              <li key={c.uid}>
                <span className="weight-name">
                  {name ? <span lang={fallbackLang(name, lng)}>{name.text}</span> : t('rounds.rubric.criterionN', { n: i + 1 })}
                </span>
                <span className="weight-share">{shares[i] === null ? '—' : formatShare(shares[i], lng)}</span>
                <span className="weight-bar" aria-hidden="true" style={{ width: `${(shares[i] ?? 0) * 100}%` }} />
              </li>
            );
          })}
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
              translations={translations}
              errors={errors}
              onChange={(patch) => onChange(updateCriterion(draft, i, patch))}
              onRename={(lang, text) => onChange(renameCriterion(draft, i, lang, text))}
              onRekey={(key) => onChange(rekeyCriterion(draft, i, key))}
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
  /** the languages offered besides English */
  translations: readonly string[];
  errors: Record<string, string[] | undefined>;
  onChange: (patch: Partial<CriterionDraft>) => void;
  /** the name in one language (the key follows the English name while it is automatic) */
  onRename: (lang: string, text: string) => void;
  /** a key typed by hand */
  onRekey: (key: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

function CriterionEditor({ criterion: c, index, total, share, translations, errors, onChange, onRename, onRekey, onMove, onRemove }: CriterionEditorProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ids = criterionIds(c.uid);
  const n = index + 1;
  const req = t('common.required');
  const languageName = (lang: string) => languageLabel(lang, lng);
  const hasErrors = (id: string) => Boolean(errors[id]?.length);
  // the criterion named in the reader's language, or in English marked as such
  const shownName = localizeWithLanguage(c.name, lng);
  const levelProblem = c.levels.some((_, j) => hasErrors(ids.level(j, ENGLISH)));
  /** whether one of the criterion's texts in the language has a problem (its group then opens) */
  const problemIn = (lang: string) =>
    hasErrors(ids.text('name', lang)) || hasErrors(ids.text('description', lang)) || c.levels.some((_, j) => hasErrors(ids.level(j, lang)));
  // the competition's languages first, then those it no longer lists but the criterion has texts in (kept as they are)
  const unlisted = unlistedLanguages(c, translations);
  const others = [...translations, ...unlisted];
  const complete = translations.filter((lang) => languageComplete(c, lang)).length;
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
  /** the name or description in one language, labelled with the language's name and marked with its code */
  const text = (name: TextField, lang: string) => {
    const value = c[name][lang] ?? '';
    const set = (v: string) => (name === 'name' ? onRename(lang, v) : onChange({ [name]: { ...c[name], [lang]: v } }));
    const english = lang === ENGLISH;
    const label = t(name === 'name' ? 'rounds.rubric.nameIn' : 'rounds.rubric.descriptionIn', { language: languageName(lang) });
    return field(
      ids.text(name, lang),
      label,
      (p) =>
        name === 'name' ? (
          <input {...p} type="text" lang={lang} maxLength={MAX_LENGTH.name} value={value} onChange={(e) => set(e.target.value)} required={english} />
        ) : (
          <textarea {...p} lang={lang} rows={2} maxLength={MAX_LENGTH.description} value={value} onChange={(e) => set(e.target.value)} required={english} />
        ),
      { required: english },
    );
  };
  /** the descriptor of the j-th level in one language */
  const level = (j: number, lang: string) => {
    const l = c.levels[j];
    const english = lang === ENGLISH;
    const set = (value: string) => onChange({ levels: c.levels.map((x, k) => (k === j ? { ...x, descriptor: { ...x.descriptor, [lang]: value } } : x)) });
    return field(
      ids.level(j, lang),
      t('rounds.rubric.levelIn', { score: l.score, language: languageName(lang) }),
      (p) => (
        <textarea
          {...p}
          lang={lang}
          rows={2}
          maxLength={MAX_LENGTH.descriptor}
          value={l.descriptor[lang] ?? ''}
          onChange={(e) => set(e.target.value)}
          required={english}
        />
      ),
      { required: english },
    );
  };
  /** every text of the criterion in one language other than English, folded under the language's name */
  const languageGroup = (lang: string) => {
    const { written, total: count } = textsWritten(c, lang);
    return (
      <li key={lang}>
        <Disclosure
          className="level-editor"
          summary={t('rounds.rubric.languageProgress', { language: languageName(lang), written, total: count })}
          initiallyOpen={others.length === 1}
          mustOpen={problemIn(lang)}
          lazy
        >
          <div className="criterion-texts">
            {text('name', lang)}
            {text('description', lang)}
          </div>
          <div className="grid-2">{c.levels.map((_, j) => level(j, lang))}</div>
        </Disclosure>
      </li>
    );
  };

  return (
    <fieldset className="criterion-editor" aria-describedby={errors[ids.legend] ? `${ids.legend}-error` : undefined}>
      <legend id={ids.legend} tabIndex={-1}>
        {t('rounds.rubric.criterionN', { n })}
        {shownName ? (
          <span className="criterion-editor-name" lang={fallbackLang(shownName, lng)}>
            {' '}
            · {shownName.text}
          </span>
        ) : null}
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
        {text('name', ENGLISH)}
        {text('description', ENGLISH)}
      </div>
      <div className="grid-4 aligned-fields">
        {field(
          ids.weight,
          t('rounds.rubric.weight'),
          (p) => (
            <input
              {...p}
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              value={c.weight}
              onChange={(e) => onChange({ weight: e.target.value })}
              required
            />
          ),
          {
            hint: share === null ? t('rounds.rubric.shareNone') : t('rounds.rubric.share', { share: formatShare(share, lng) }),
          },
        )}
        {field(ids.scaleMin, t('rounds.rubric.scaleMin'), (p) => (
          <input
            {...p}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={c.scaleMin}
            onChange={(e) => onChange(withScale(c, e.target.value, c.scaleMax))}
            required
          />
        ))}
        {field(
          ids.scaleMax,
          t('rounds.rubric.scaleMax'),
          (p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={c.scaleMax}
              onChange={(e) => onChange(withScale(c, c.scaleMin, e.target.value))}
              required
            />
          ),
          {
            hint: t('rounds.rubric.scaleHint', { max: MAX_LEVELS }),
          },
        )}
        {field(
          ids.key,
          t('rounds.rubric.key'),
          (p) => (
            <input {...p} type="text" value={c.key} onChange={(e) => onRekey(e.target.value)} autoCapitalize="none" spellCheck={false} required />
          ),
          {
            hint: c.autoKey ? t('roundSetup.rubric.keyAuto') : t('rounds.rubric.keyHint'),
          },
        )}
      </div>
      {/* the English descriptors start open where some are still to write, and open whenever one of them has a problem */}
      <Disclosure
        className="criterion-levels"
        summary={t('rounds.rubric.levelsSummary', {
          n: c.levels.length,
          min: c.levels[0]?.score ?? c.scaleMin,
          max: c.levels[c.levels.length - 1]?.score ?? c.scaleMax,
        })}
        initiallyOpen={c.levels.some((l) => !l.descriptor.en.trim())}
        mustOpen={levelProblem}
      >
        <ol className="level-editors">
          {c.levels.map((l, j) => (
            <li key={l.score}>
              <fieldset className="level-editor">
                <legend>{t('rounds.rubric.levelN', { score: l.score })}</legend>
                {level(j, ENGLISH)}
              </fieldset>
            </li>
          ))}
        </ol>
      </Disclosure>
      {others.length ? (
        // with a dozen languages the translations stay folded: one line per language, saying how much is written
        <Disclosure
          id={ids.translations}
          className="criterion-levels criterion-translations"
          summary={
            translations.length ? t('rounds.rubric.translations', { filled: complete, total: translations.length }) : t('rounds.rubric.translationsKept')
          }
          mustOpen={others.some(problemIn)}
          lazy
        >
          {translations.length ? (
            <>
              <p className="field-hint">{t('rounds.rubric.translationsHint')}</p>
              <ul className="level-editors">{translations.map(languageGroup)}</ul>
            </>
          ) : null}
          {unlisted.length ? (
            <>
              <p className="field-hint">{t('rounds.rubric.unlistedHint')}</p>
              <ul className="level-editors">{unlisted.map(languageGroup)}</ul>
            </>
          ) : null}
        </Disclosure>
      ) : null}
    </fieldset>
  );
}
