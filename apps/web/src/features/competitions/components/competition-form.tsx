import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FieldGroup, FormField } from '../../../components/ui/form-field';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { viewerTimeZone } from '../../../lib/datetime-local';
import { languageLabel } from '../../../lib/languages';
import { useFormProblems } from '../../../lib/use-form-problems';
import type { Competition } from '../../../api/get-competition';
import { paths } from '../../../app/paths';
import { TranslationGapsConfirm } from '../../../components/ui/translation-gaps';
import { translationGapsOf } from '../../../lib/translation-gaps';
import { useSaveCompetition } from '../api/save-competition';
import { LanguageTabs } from './language-tabs';
import {
  CONSENT_KINDS,
  CONTAINERS,
  VIDEO_CODECS,
  defaultFormValues,
  emptyCategory,
  storedLanguages,
  missingIn,
  translationLanguages,
  valuesFromCompetition,
  type CategoryValues,
  type CompetitionFormValues,
} from '../utils/form-values';

export interface CompetitionFormProps {
  competition?: Competition;
  countries: { code: string; name: string }[];
  onSaved: (saved: Competition) => void;
}

type TimelineKey = 'submissionOpensAt' | 'submissionClosesAt' | 'judgingOpensAt' | 'judgingClosesAt' | 'ceremonyAt';
const TIMELINE_KEYS: TimelineKey[] = ['submissionOpensAt', 'submissionClosesAt', 'judgingOpensAt', 'judgingClosesAt', 'ceremonyAt'];
type RuleNumberKey = 'minDurationSeconds' | 'maxDurationSeconds' | 'teamSizeMin' | 'teamSizeMax' | 'entriesPerSchool';
const RULE_NUMBER_KEYS: RuleNumberKey[] = ['minDurationSeconds', 'maxDurationSeconds', 'teamSizeMin', 'teamSizeMax', 'entriesPerSchool'];

/** The texts typed in several languages. */
type TextKey = 'name' | 'theme' | 'rulesText' | 'emailSignature';
const TEXT_KEYS: TextKey[] = ['name', 'theme', 'rulesText', 'emailSignature'];
/** as the API allows, per language */
const LONG_TEXT = { rulesText: { rows: 4, maxLength: 5000 }, emailSignature: { rows: 2, maxLength: 1000 } } as const;
/** Where the English text goes in its translated frame, so that only the text is marked lang="en". */
const TEXT_MARK = '\u2063';
const KEBAB: Record<TextKey, string> = { name: 'name', theme: 'theme', rulesText: 'rules-text', emailSignature: 'email-signature' };

const ids = {
  slug: 'cf-slug',
  /** cf-name-en, cf-theme-ja, cf-rules-text-th… */
  text: (key: TextKey, lang: string) => `cf-${KEBAB[key]}-${lang}`,
  translations: 'cf-translations',
  languages: 'cf-languages',
  referenceDate: 'cf-reference-date',
  status: 'cf-status',
  countries: 'cf-countries',
  categories: 'cf-categories',
  timeline: (k: TimelineKey) => `cf-${k}`,
  rule: (k: string) => `cf-rules-${k}`,
  catName: (i: number, lang: string) => `cf-cat-${i}-name-${lang}`,
  catMin: (i: number) => `cf-cat-${i}-min`,
  catMax: (i: number) => `cf-cat-${i}-max`,
};

/**
 * Creates or edits a competition: names, theme and rules in brief in English and in each of its languages,
 * timeline, status, countries, categories and entry rules.
 */
export function CompetitionForm({ competition, countries, onSaved }: CompetitionFormProps) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language;
  const [values, setValues] = useState<CompetitionFormValues>(() =>
    competition ? valuesFromCompetition(competition) : defaultFormValues(countries.map((c) => c.code)),
  );
  const save = useSaveCompetition(competition);
  const set = <K extends keyof CompetitionFormValues>(key: K, value: CompetitionFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setCategory = (index: number, patch: Partial<CategoryValues>) =>
    setValues((v) => ({ ...v, categories: v.categories.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));
  const setText = (key: TextKey, lang: string, text: string) => setValues((v) => ({ ...v, [key]: { ...v[key], [lang]: text } }));
  const setCategoryName = (index: number, lang: string, text: string) =>
    setValues((v) => ({ ...v, categories: v.categories.map((c, i) => (i === index ? { ...c, name: { ...c.name, [lang]: text } } : c)) }));

  // the languages the competition had texts in when the form opened keep their row, even once emptied
  const [opened] = useState(() => (competition ? storedLanguages(valuesFromCompetition(competition)) : []));
  const others = useMemo(() => translationLanguages(values, opened), [values, opened]);
  const otherCodes = others.map((l) => l.code).join(' ');
  const textLabel = (key: TextKey, lang: string) =>
    key === 'emailSignature'
      ? `${t('contentLanguages.form.signature')} (${languageLabel(lang, ui)})`
      : t(`admin.form.${key}In`, { language: languageLabel(lang, ui) });
  // the language the texts are typed in besides English (one tab per language, shared by the sections)
  const [chosen, setChosen] = useState<string | null>(null);
  const active = others.some((l) => l.code === chosen) ? chosen! : (others[0]?.code ?? null);
  const tabs = others.map((l) => ({ code: l.code, missing: missingIn(values, l.code) }));
  const activeListed = others.find((l) => l.code === active)?.listed ?? true;
  const toggle = <K extends 'countryCodes' | 'acceptedContainers' | 'acceptedVideoCodecs' | 'requiredConsents'>(
    key: K,
    item: CompetitionFormValues[K][number],
    on: boolean,
  ) =>
    setValues((v) => {
      const list = v[key] as string[];
      const next = on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
      return { ...v, [key]: next };
    });

  // every server field path → the input that shows it, and that input's label for the summary
  const fieldMap = useMemo(() => {
    const m: Record<string, { id: string; label: string }> = {
      slug: { id: ids.slug, label: t('admin.form.slug') },
      languages: { id: ids.languages, label: t('admin.form.languages') },
      referenceDate: { id: ids.referenceDate, label: t('admin.form.referenceDate') },
      status: { id: ids.status, label: t('admin.form.status') },
      countryCodes: { id: ids.countries, label: t('admin.form.countries') },
      categories: { id: ids.categories, label: t('admin.form.categories') },
      timeline: { id: ids.timeline('submissionOpensAt'), label: t('competitions.timeline.title') },
      rules: { id: ids.rule('minDurationSeconds'), label: t('competitions.rules.title') },
      'rules.maxFileSizeBytes': { id: ids.rule('maxFileSize'), label: t('admin.form.maxFileSizeMb') },
      'rules.acceptedContainers': { id: ids.rule('acceptedContainers'), label: t('competitions.rules.formats') },
      'rules.acceptedVideoCodecs': { id: ids.rule('acceptedVideoCodecs'), label: t('competitions.rules.codecs') },
      'rules.requiredSubtitleLanguages': { id: ids.rule('requiredSubtitleLanguages'), label: t('admin.form.subtitleLanguages') },
      'rules.requiredConsents': { id: ids.rule('requiredConsents'), label: t('competitions.rules.consents') },
    };
    // a text's errors name the whole map (`name`): shown at its English input; any language's own at its input
    const langs = ['en', ...otherCodes.split(' ').filter(Boolean)];
    for (const key of TEXT_KEYS) {
      for (const lang of langs) m[`${key}.${lang}`] = { id: ids.text(key, lang), label: textLabel(key, lang) };
      m[key] = m[`${key}.en`]!;
    }
    for (const k of TIMELINE_KEYS) m[`timeline.${k}`] = { id: ids.timeline(k), label: t(`competitions.timeline.${k}`) };
    for (const k of RULE_NUMBER_KEYS) m[`rules.${k}`] = { id: ids.rule(k), label: t(`admin.form.${k}`) };
    values.categories.forEach((_, i) => {
      const n = i + 1;
      m[`categories.${i}`] = { id: ids.catMin(i), label: t('admin.form.categoryN', { n }) };
      for (const lang of langs)
        m[`categories.${i}.name.${lang}`] = { id: ids.catName(i, lang), label: `${t('admin.form.categoryN', { n })} – ${textLabel('name', lang)}` };
      m[`categories.${i}.name`] = m[`categories.${i}.name.en`]!;
      m[`categories.${i}.minAge`] = { id: ids.catMin(i), label: `${t('admin.form.categoryN', { n })} – ${t('admin.form.minAge')}` };
      m[`categories.${i}.maxAge`] = { id: ids.catMax(i), label: `${t('admin.form.categoryN', { n })} – ${t('admin.form.maxAge')}` };
    });
    return m;
  }, [t, ui, otherCodes, values.categories]);

  // a save runs several requests: its error carries the API's error (for the message) and the field errors under the form's paths
  const error = save.error;
  const { byInput, summary } = useFormProblems(error ? (error.cause ?? error) : null, fieldMap, { fieldErrors: error?.fields });

  // a problem with a text in another language shows that language's tab
  const errorInput = Object.keys(byInput).find((id) => byInput[id]?.length && others.some((l) => id.endsWith(`-${l.code}`)));
  const errorLanguage = errorInput ? others.find((l) => errorInput.endsWith(`-${l.code}`))?.code : undefined;
  useEffect(() => {
    if (errorLanguage) setChosen(errorLanguage);
  }, [errorLanguage]);

  // publishing while texts miss a translation is asked again, with what is missing
  const gaps = translationGapsOf(error?.cause);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save.mutate(values, { onSuccess: onSaved });
  }

  /** The English text beside another language's input, so that the translator sees what to translate. */
  const english = (text: string | undefined) => {
    if (!text?.trim()) return undefined;
    // only the English text is marked lang="en": the words around it ("英語：") are in the reader's language
    const [before, after = ''] = t('contentLanguages.form.english', { text: TEXT_MARK }).split(TEXT_MARK);
    return (
      <>
        {before}
        <span lang="en">{text}</span>
        {after}
      </>
    );
  };

  const categoryNameField = (cat: CategoryValues, i: number, lang: string) => (
    <FormField
      key={lang}
      id={ids.catName(i, lang)}
      label={textLabel('name', lang)}
      hint={lang === 'en' ? undefined : english(cat.name.en)}
      errors={byInput[ids.catName(i, lang)]}
    >
      {(p) => <input {...p} type="text" lang={lang} value={cat.name[lang] ?? ''} onChange={(e) => setCategoryName(i, lang, e.target.value)} />}
    </FormField>
  );

  /** The rules or the signature in one language, with its hint (what it is for in English, the English beside the others). */
  const longText = (key: keyof typeof LONG_TEXT, lang: string, hint: ReactNode) => (
    <FormField key={key} id={ids.text(key, lang)} label={textLabel(key, lang)} hint={hint} errors={byInput[ids.text(key, lang)]}>
      {(p) => <textarea {...p} lang={lang} {...LONG_TEXT[key]} value={values[key][lang] ?? ''} onChange={(e) => setText(key, lang, e.target.value)} />}
    </FormField>
  );

  const zone = viewerTimeZone();
  const req = t('common.required');

  return (
    <form className="form form-wide" onSubmit={onSubmit} noValidate>
      <ProblemSummary summary={summary} />
      <p id="cf-intro" className="muted">
        {t('admin.form.intro')}
      </p>

      <section className="panel" aria-labelledby="cf-basics-h">
        <h2 id="cf-basics-h">{t('admin.form.basics')}</h2>
        <div className="grid-2">
          <FormField id={ids.text('name', 'en')} label={textLabel('name', 'en')} required requiredLabel={req} errors={byInput[ids.text('name', 'en')]}>
            {(p) => <input {...p} type="text" lang="en" value={values.name.en ?? ''} onChange={(e) => setText('name', 'en', e.target.value)} required />}
          </FormField>
          <FormField id={ids.text('theme', 'en')} label={textLabel('theme', 'en')} errors={byInput[ids.text('theme', 'en')]}>
            {(p) => <input {...p} type="text" lang="en" value={values.theme.en ?? ''} onChange={(e) => setText('theme', 'en', e.target.value)} />}
          </FormField>
          <FormField id={ids.slug} label={t('admin.form.slug')} hint={t('admin.form.slugHint')} required requiredLabel={req} errors={byInput[ids.slug]}>
            {(p) => (
              <input {...p} type="text" value={values.slug} onChange={(e) => set('slug', e.target.value)} required autoCapitalize="none" spellCheck={false} />
            )}
          </FormField>
          <FormField id={ids.languages} label={t('admin.form.languages')} hint={t('admin.form.languagesHint')} errors={byInput[ids.languages]}>
            {(p) => <input {...p} type="text" value={values.languages} onChange={(e) => set('languages', e.target.value)} />}
          </FormField>
          <FormField
            id={ids.referenceDate}
            label={t('admin.form.referenceDate')}
            hint={t('admin.form.referenceDateHint')}
            required
            requiredLabel={req}
            errors={byInput[ids.referenceDate]}
          >
            {(p) => <input {...p} type="date" value={values.referenceDate} onChange={(e) => set('referenceDate', e.target.value)} required />}
          </FormField>
          <FormField id={ids.status} label={t('admin.form.status')} hint={t('admin.form.statusHint')} errors={byInput[ids.status]}>
            {(p) => (
              <select {...p} value={values.status} onChange={(e) => set('status', e.target.value as CompetitionFormValues['status'])}>
                {(['draft', 'published', 'archived'] as const).map((s) => (
                  <option key={s} value={s}>
                    {t(`competitions.status.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {longText('rulesText', 'en', t('admin.form.rulesTextHint'))}
        {longText('emailSignature', 'en', t('contentLanguages.form.signatureHint'))}
      </section>

      <section className="panel" aria-labelledby="cf-translations-h">
        <h2 id="cf-translations-h">{t('admin.form.translations')}</h2>
        <p id={ids.translations} className="muted small">
          {others.length ? t('contentLanguages.form.languagesHint') : t('admin.form.noTranslations')}
        </p>
        {competition ? (
          <p className="small">
            <Link to={`${paths.admin.competition(competition.id)}#translations`}>{t('contentLanguages.panel.check')}</Link>
          </p>
        ) : null}
        {active ? (
          <>
            <LanguageTabs id="cf-language-tabs" tabs={tabs} active={active} onChange={setChosen} controls="cf-language-panel" />
            <div id="cf-language-panel" role="tabpanel" aria-labelledby={`cf-language-tabs-${active}`}>
              <fieldset key={active} className="subpanel">
                <legend>{t('admin.form.languageWithCode', { language: languageLabel(active, ui), code: active })}</legend>
                {activeListed ? null : <p className="field-hint">{t('admin.form.notListedLanguage')}</p>}
                {/* grid-4 rows take the fieldset's whole width: name and theme side by side, the longer texts below */}
                <div className="grid-4">
                  {(['name', 'theme'] as const).map((key) => (
                    <FormField
                      key={key}
                      id={ids.text(key, active)}
                      label={textLabel(key, active)}
                      hint={english(values[key].en)}
                      errors={byInput[ids.text(key, active)]}
                    >
                      {(p) => (
                        <input {...p} type="text" lang={active} value={values[key][active] ?? ''} onChange={(e) => setText(key, active, e.target.value)} />
                      )}
                    </FormField>
                  ))}
                </div>
                <div className="grid-4">{(['rulesText', 'emailSignature'] as const).map((key) => longText(key, active, english(values[key].en)))}</div>
              </fieldset>
            </div>
          </>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="cf-timeline-h">
        <h2 id="cf-timeline-h">{t('competitions.timeline.title')}</h2>
        <p className="muted small">{t('admin.form.timelineHint', { zone })}</p>
        <div className="grid-2">
          {TIMELINE_KEYS.map((k) => {
            const required = k === 'submissionOpensAt' || k === 'submissionClosesAt';
            return (
              <FormField
                key={k}
                id={ids.timeline(k)}
                label={t(`competitions.timeline.${k}`)}
                required={required}
                requiredLabel={req}
                errors={byInput[ids.timeline(k)]}
              >
                {(p) => <input {...p} type="datetime-local" value={values[k]} onChange={(e) => set(k, e.target.value)} required={required} />}
              </FormField>
            );
          })}
        </div>
      </section>

      <section className="panel" aria-labelledby="cf-categories-h">
        <h2 id="cf-categories-h">{t('admin.form.categories')}</h2>
        {active ? <LanguageTabs id="cf-category-tabs" tabs={tabs} active={active} onChange={setChosen} controls={ids.categories} /> : null}
        <FieldGroup id={ids.categories} legend={t('admin.form.categoriesLegend')} hint={t('admin.form.categoriesHint')} errors={byInput[ids.categories]}>
          {values.categories.length === 0 ? <p className="empty">{t('competitions.noCategories')}</p> : null}
          {values.categories.map((cat, i) => (
            <fieldset key={cat.key} className="subpanel">
              <legend>{t('admin.form.categoryN', { n: i + 1 })}</legend>
              <div className="grid-4">
                {categoryNameField(cat, i, 'en')}
                <FormField id={ids.catMin(i)} label={t('admin.form.minAge')} errors={byInput[ids.catMin(i)]}>
                  {(p) => (
                    <input
                      {...p}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={120}
                      value={cat.minAge}
                      onChange={(e) => setCategory(i, { minAge: e.target.value })}
                    />
                  )}
                </FormField>
                <FormField id={ids.catMax(i)} label={t('admin.form.maxAge')} errors={byInput[ids.catMax(i)]}>
                  {(p) => (
                    <input
                      {...p}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={120}
                      value={cat.maxAge}
                      onChange={(e) => setCategory(i, { maxAge: e.target.value })}
                    />
                  )}
                </FormField>
              </div>
              {active ? <div className="grid-4">{categoryNameField(cat, i, active)}</div> : null}
              <Button
                variant="secondary"
                onClick={() => setValues((v) => ({ ...v, categories: v.categories.filter((_, j) => j !== i) }))}
                aria-label={t('admin.form.removeCategoryN', { n: i + 1 })}
              >
                {t('admin.form.removeCategory')}
              </Button>
            </fieldset>
          ))}
          <Button variant="secondary" onClick={() => setValues((v) => ({ ...v, categories: [...v.categories, emptyCategory()] }))}>
            {t('admin.form.addCategory')}
          </Button>
        </FieldGroup>
      </section>

      <section className="panel" aria-labelledby="cf-rules-h">
        <h2 id="cf-rules-h">{t('competitions.rules.title')}</h2>
        <div className="grid-3">
          {RULE_NUMBER_KEYS.map((k) => (
            <FormField key={k} id={ids.rule(k)} label={t(`admin.form.${k}`)} errors={byInput[ids.rule(k)]}>
              {(p) => <input {...p} type="number" inputMode="numeric" min={1} value={values[k]} onChange={(e) => set(k, e.target.value)} />}
            </FormField>
          ))}
          <FormField
            id={ids.rule('maxFileSize')}
            label={t('admin.form.maxFileSizeMb')}
            hint={t('admin.form.maxFileSizeHint')}
            errors={byInput[ids.rule('maxFileSize')]}
          >
            {(p) => (
              <input {...p} type="number" inputMode="numeric" min={1} value={values.maxFileSizeMb} onChange={(e) => set('maxFileSizeMb', e.target.value)} />
            )}
          </FormField>
        </div>
        <FieldGroup id={ids.rule('acceptedContainers')} legend={t('competitions.rules.formats')} errors={byInput[ids.rule('acceptedContainers')]}>
          <div className="checks">
            {CONTAINERS.map((x) => (
              <label key={x} className="check">
                <input type="checkbox" checked={values.acceptedContainers.includes(x)} onChange={(e) => toggle('acceptedContainers', x, e.target.checked)} />
                {x}
              </label>
            ))}
          </div>
        </FieldGroup>
        <FieldGroup id={ids.rule('acceptedVideoCodecs')} legend={t('competitions.rules.codecs')} errors={byInput[ids.rule('acceptedVideoCodecs')]}>
          <div className="checks">
            {VIDEO_CODECS.map((x) => (
              <label key={x} className="check">
                <input type="checkbox" checked={values.acceptedVideoCodecs.includes(x)} onChange={(e) => toggle('acceptedVideoCodecs', x, e.target.checked)} />
                {t(`codecs.${x}`)}
              </label>
            ))}
          </div>
        </FieldGroup>
        <FormField
          id={ids.rule('requiredSubtitleLanguages')}
          label={t('admin.form.subtitleLanguages')}
          hint={t('admin.form.languagesHint')}
          errors={byInput[ids.rule('requiredSubtitleLanguages')]}
        >
          {(p) => <input {...p} type="text" value={values.requiredSubtitleLanguages} onChange={(e) => set('requiredSubtitleLanguages', e.target.value)} />}
        </FormField>
        <FieldGroup id={ids.rule('requiredConsents')} legend={t('competitions.rules.consents')} errors={byInput[ids.rule('requiredConsents')]}>
          <div className="checks">
            {CONSENT_KINDS.map((x) => (
              <label key={x} className="check">
                <input type="checkbox" checked={values.requiredConsents.includes(x)} onChange={(e) => toggle('requiredConsents', x, e.target.checked)} />
                {t(`consents.${x}`)}
              </label>
            ))}
          </div>
        </FieldGroup>
      </section>

      <section className="panel" aria-labelledby="cf-countries-h">
        <h2 id="cf-countries-h">{t('admin.form.countries')}</h2>
        <FieldGroup id={ids.countries} legend={t('admin.form.countriesLegend')} errors={byInput[ids.countries]}>
          <div className="inline-actions">
            <Button
              variant="link"
              onClick={() =>
                set(
                  'countryCodes',
                  countries.map((c) => c.code),
                )
              }
            >
              {t('admin.form.selectAll')}
            </Button>
            <Button variant="link" onClick={() => set('countryCodes', [])}>
              {t('admin.form.selectNone')}
            </Button>
          </div>
          <div className="checks checks-columns">
            {countries.map((c) => (
              <label key={c.code} className="check">
                <input type="checkbox" checked={values.countryCodes.includes(c.code)} onChange={(e) => toggle('countryCodes', c.code, e.target.checked)} />
                {c.name}
              </label>
            ))}
          </div>
        </FieldGroup>
      </section>

      {gaps ? (
        <TranslationGapsConfirm
          what="competition"
          gaps={gaps}
          busy={save.isPending}
          onConfirm={() => save.mutate({ ...values, confirmGaps: true }, { onSuccess: onSaved })}
          onCancel={() => save.reset()}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? t('common.saving') : competition ? t('admin.form.save') : t('admin.form.create')}
        </Button>
      </div>
    </form>
  );
}
