import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FieldGroup, FormField } from '../../../components/ui/form-field';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { EmptyState } from '../../../components/ui/query-state';
import { formatDateTime, formatList, sortedCountries } from '../../../lib/format';
import { languageLabel } from '../../../lib/languages';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import type { Declaration } from '../api/get-declaration';
import { useSaveDeclaration } from '../api/save-declaration';
import type { SchoolOption } from '../api/search-schools';
import { COMMON_LANGUAGES, parseEntryCodes, parseLanguageCodes } from '../utils/declaration-codes';
import { DeclaredSummary } from './declared-summary';
import { SchoolSearch } from './school-search';
import './judging.css';

const ids = {
  languages: 'jd-languages',
  otherLanguages: 'jd-other-languages',
  schools: 'jd-schools',
  countries: 'jd-countries',
  entryCodes: 'jd-entry-codes',
  note: 'jd-note',
};

const common: readonly string[] = COMMON_LANGUAGES;

export interface DeclarationFormProps {
  roundId: string;
  declaration: Declaration;
  countryName: (code: string) => string;
  /** after a successful save */
  onSaved: () => void;
}

/**
 * The judge's declaration for a round: the languages they understand (so entries in other languages come with a
 * hint to use the English subtitles), and their conflicts of interest: schools found in the whole directory,
 * countries of the competition, and entry codes known from outside. Nothing here shows which schools or countries
 * have entries in the round; the server matches the declaration against the entries.
 */
export function DeclarationForm({ roundId, declaration, countryName, onSaved }: DeclarationFormProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const save = useSaveDeclaration(roundId);
  const [languages, setLanguages] = useState(() => new Set(declaration.languages.filter((l) => common.includes(l))));
  const [otherLanguages, setOtherLanguages] = useState(() => declaration.languages.filter((l) => !common.includes(l)).join(', '));
  const [schools, setSchools] = useState<SchoolOption[]>(() => declaration.conflictSchools);
  const [countries, setCountries] = useState(() => new Set(declaration.conflictCountryCodes));
  const [entryCodes, setEntryCodes] = useState(() => declaration.conflictEntryCodes.join(', '));
  const [note, setNote] = useState(declaration.note);
  const [local, setLocal] = useState<LocalProblems | null>(null);

  const fields = useMemo(
    () => ({
      languages: { id: ids.languages, label: t('judge.declaration.languages') },
      otherLanguages: { id: ids.otherLanguages, label: t('judge.declaration.otherLanguages') },
      conflictSchoolIds: { id: ids.schools, label: t('judge.declaration.schoolSearch') },
      conflictCountryCodes: { id: ids.countries, label: t('judge.declaration.countries') },
      conflictEntryCodes: { id: ids.entryCodes, label: t('judge.declaration.entryCodes') },
      note: { id: ids.note, label: t('judge.declaration.note') },
    }),
    [t],
  );
  const problems = useFormProblems(save.error, fields, { local });
  const errorsFor = (id: string) => problems.byInput[id];

  // the competition's countries, and any declared before that is no longer one of them
  const countryOptions = sortedCountries([...new Set([...declaration.countries, ...declaration.conflictCountryCodes])], lng).map((c) => c.code);
  const chosenSchools = new Set(schools.map((s) => s.id));

  function toggle<T>(set: Set<T>, value: T, on: boolean): Set<T> {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  }

  function removeSchool(id: string) {
    setSchools((list) => list.filter((x) => x.id !== id));
    // the button goes with the school: the focus goes back to the search rather than to the page
    document.getElementById(ids.schools)?.focus();
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const other = parseLanguageCodes(otherLanguages);
    const codes = parseEntryCodes(entryCodes);
    const allLanguages = [...new Set([...common.filter((l) => languages.has(l)), ...other.codes])];
    const errors: Record<string, string[]> = {};
    if (other.invalid.length) errors[ids.otherLanguages] = [t('judge.declaration.invalidLanguages', { codes: formatList(other.invalid, lng) })];
    if (!allLanguages.length && !other.invalid.length) errors[ids.languages] = [t('judge.declaration.noLanguage')];
    if (codes.invalid.length) errors[ids.entryCodes] = [t('judge.declaration.invalidCodes', { codes: formatList(codes.invalid, lng) })];
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    save.mutate(
      {
        languages: allLanguages,
        conflictSchoolIds: schools.map((s) => s.id),
        conflictCountryCodes: [...countries],
        conflictEntryCodes: codes.codes,
        note: note.trim(),
      },
      {
        onSuccess: () => {
          setEntryCodes(codes.codes.join(', '));
          setOtherLanguages(other.codes.join(', '));
          onSaved();
        },
      },
    );
  }

  return (
    <form className="form judge-declaration" onSubmit={onSubmit} noValidate>
      <ProblemSummary summary={problems.summary} />
      {declaration.declaredAt ? (
        <>
          <p className="muted">{t('judge.declaration.declaredAt', { at: formatDateTime(declaration.declaredAt, lng) })}</p>
          <DeclaredSummary declaration={declaration} countryName={countryName} />
        </>
      ) : null}

      <section className="panel stack" aria-labelledby="jd-languages-h">
        <h2 id="jd-languages-h">{t('judge.declaration.languagesTitle')}</h2>
        <FieldGroup id={ids.languages} legend={t('judge.declaration.languages')} hint={t('judge.declaration.languagesHint')} errors={errorsFor(ids.languages)}>
          <div className="checks checks-columns">
            {common.map((code) => {
              const native = languageLabel(code, code);
              const name = languageLabel(code, lng);
              return (
                <label key={code} className="check">
                  <input type="checkbox" checked={languages.has(code)} onChange={(e) => setLanguages((s) => toggle(s, code, e.target.checked))} />
                  <span>
                    {name === code ? null : name}
                    {native !== name && native !== code ? (
                      <>
                        {' '}
                        <span className="muted" lang={code}>
                          · {native}
                        </span>
                      </>
                    ) : null}{' '}
                    <code className="small">{code}</code>
                  </span>
                </label>
              );
            })}
          </div>
        </FieldGroup>
        <FormField
          id={ids.otherLanguages}
          label={t('judge.declaration.otherLanguages')}
          hint={t('judge.declaration.otherLanguagesHint')}
          errors={errorsFor(ids.otherLanguages)}
        >
          {(p) => <input {...p} type="text" value={otherLanguages} onChange={(e) => setOtherLanguages(e.target.value)} autoComplete="off" spellCheck={false} />}
        </FormField>
      </section>

      <section className="panel stack" aria-labelledby="jd-conflicts-h">
        <h2 id="jd-conflicts-h">{t('judge.declaration.conflictsTitle')}</h2>
        <p className="field-hint">{t('judge.declaration.conflictsLead')}</p>
        <div className="stack judge-schools">
          <FormField
            id={ids.schools}
            label={t('judge.declaration.schoolSearch')}
            hint={t('judge.declaration.schoolSearchHint')}
            errors={errorsFor(ids.schools)}
          >
            {(p) => (
              <SchoolSearch
                roundId={roundId}
                control={p}
                chosen={chosenSchools}
                countryName={countryName}
                onPick={(school) => setSchools((list) => [...list, school])}
              />
            )}
          </FormField>
          <h3 className="field-label" id="jd-schools-chosen-h">
            {t('judge.declaration.schoolsChosen')}
          </h3>
          {schools.length ? (
            <ul className="judge-chosen" aria-labelledby="jd-schools-chosen-h">
              {schools.map((school) => (
                <li key={school.id}>
                  <span>
                    {school.name} <span className="muted small">· {countryName(school.countryCode)}</span>
                  </span>
                  <Button variant="secondary" onClick={() => removeSchool(school.id)} aria-label={t('judge.declaration.removeSchool', { name: school.name })}>
                    {t('judge.declaration.remove')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('judge.declaration.noSchoolsChosen')}</p>
          )}
        </div>
        <FieldGroup id={ids.countries} legend={t('judge.declaration.countries')} hint={t('judge.declaration.countriesHint')} errors={errorsFor(ids.countries)}>
          {countryOptions.length ? (
            <div className="checks checks-columns">
              {countryOptions.map((code) => (
                <label key={code} className="check">
                  <input type="checkbox" checked={countries.has(code)} onChange={(e) => setCountries((set) => toggle(set, code, e.target.checked))} />
                  <span>{countryName(code)}</span>
                </label>
              ))}
            </div>
          ) : (
            <EmptyState>{t('judge.declaration.noCountries')}</EmptyState>
          )}
        </FieldGroup>
        <FormField
          id={ids.entryCodes}
          label={t('judge.declaration.entryCodes')}
          hint={t('judge.declaration.entryCodesHint')}
          errors={errorsFor(ids.entryCodes)}
        >
          {(p) => <input {...p} type="text" value={entryCodes} onChange={(e) => setEntryCodes(e.target.value)} autoComplete="off" spellCheck={false} />}
        </FormField>
        <FormField id={ids.note} label={t('judge.declaration.note')} hint={t('judge.declaration.noteHint')} errors={errorsFor(ids.note)}>
          {(p) => <textarea {...p} rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
      </section>

      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {t('judge.declaration.save')}
        </Button>
      </div>
    </form>
  );
}
