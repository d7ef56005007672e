import { useMemo, useState, type FormEvent } from 'react';
import { formatList } from '../../../lib/format';
import { useTranslation } from '../../../lib/use-translation';
import { creditOptions, firstName } from '@clapper/domain/credits';
import { Button } from '../../../components/ui/button';
import { FieldGroup, FormField } from '../../../components/ui/form-field';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import type { Entry } from '../api/get-entry';
import { useSetCredits, type Credits, type SetCreditsInput } from '../api/set-credits';
import { errorMessage } from '../../../lib/error-message';
import { CREDIT_STYLES } from '@clapper/domain/credits';

type Style = SetCreditsInput['creditStyle'];
const STYLES: readonly Style[] = CREDIT_STYLES;
const ids = { style: 'credits-style', teamName: 'credits-team-name', school: 'credits-school' };

/** The credits' inputs by the server's field paths, for useFormProblems. */
export function creditsFieldMap(t: ReturnType<typeof useTranslation>['t']) {
  return {
    creditStyle: { id: ids.style, label: t('credits.style') },
    teamName: { id: ids.teamName, label: t('credits.teamName') },
    creditSchool: { id: ids.school, label: t('credits.school') },
  };
}

/**
 * The team's choice of public credits while it is being made, with what the rule for minors allows: members under
 * 18 are credited by first name and country only, so full names then name the adults alone, and a school a minor
 * attends is never named.
 */
export function useCreditsChoice(entry: Pick<Entry, 'members' | 'creditStyle' | 'teamName' | 'creditSchool'>) {
  const options = useMemo(() => creditOptions(entry.members.map((m) => ({ schoolName: m.schoolName ?? '', minor: m.isMinor }))), [entry.members]);
  const { i18n } = useTranslation();
  const minorNames = formatList(
    options.minors.map((i) => firstName(entry.members[i].fullName ?? '')),
    i18n.language,
  );
  const hasMinors = options.minors.length > 0;
  const fullNamesAllowed = !hasMinors || options.fullNames;
  const schoolAllowed = !hasMinors || options.schools.length > 0;
  // a choice stored before the rule for minors is shown as what the public actually sees
  const [style, setStyle] = useState<Style>(entry.creditStyle === 'full_names' && !fullNamesAllowed ? 'first_names' : (entry.creditStyle ?? 'first_names'));
  const [teamName, setTeamName] = useState(entry.teamName ?? '');
  const [school, setSchool] = useState(entry.creditSchool && schoolAllowed);
  return {
    options,
    minorNames,
    hasMinors,
    fullNamesAllowed,
    schoolAllowed,
    style,
    setStyle,
    teamName,
    setTeamName,
    school,
    setSchool,
    /** the problems found before sending (a team name for the team-name style), by input id */
    localErrors: (t: ReturnType<typeof useTranslation>['t']): Record<string, string[]> =>
      style === 'team_name' && !teamName.trim() ? { [ids.teamName]: [t('credits.teamNameRequired')] } : {},
    body: (): SetCreditsInput => ({ creditStyle: style, teamName: teamName.trim() || null, creditSchool: school }),
  };
}

export type CreditsChoice = ReturnType<typeof useCreditsChoice>;

/** The credits' inputs (style, team name, school), with the reason beside each option the rule for minors rules out. */
export function CreditsFields({ choice: c, errors }: { choice: CreditsChoice; errors: Record<string, string[] | undefined> }) {
  const { t, i18n } = useTranslation();
  const styleHint = (s: Style) => {
    if (s !== 'full_names' || !c.hasMinors) return t(`credits.styleHints.${s}`);
    return c.fullNamesAllowed ? t('credits.fullNamesAdultsOnly') : t('credits.fullNamesUnavailable');
  };
  const schoolHint = !c.hasMinors
    ? t('credits.schoolNote')
    : c.schoolAllowed
      ? t('credits.schoolAdultsOnly', { schools: formatList(c.options.schools, i18n.language) })
      : t('credits.schoolUnavailable');
  return (
    <>
      {c.hasMinors ? (
        <p className="notice notice-info" id="credits-minors">
          {t('credits.minorsRule', { names: c.minorNames })}
        </p>
      ) : null}
      <FieldGroup id={ids.style} legend={t('credits.style')} errors={errors[ids.style]}>
        <div className="checks">
          {STYLES.map((s) => {
            const disabled = s === 'full_names' && !c.fullNamesAllowed;
            return (
              <label key={s} className={disabled ? 'check check-disabled' : 'check'}>
                <input type="radio" name="credits-style" value={s} checked={c.style === s} disabled={disabled} onChange={() => c.setStyle(s)} />
                <span>
                  {t(`credits.styles.${s}`)}
                  <span className="field-hint"> {styleHint(s)}</span>
                </span>
              </label>
            );
          })}
        </div>
      </FieldGroup>
      <FormField
        id={ids.teamName}
        label={t('credits.teamName')}
        hint={t('credits.teamNameHint')}
        required={c.style === 'team_name'}
        requiredLabel={t('common.required')}
        errors={errors[ids.teamName]}
      >
        {(p) => <input {...p} type="text" value={c.teamName} maxLength={120} onChange={(e) => c.setTeamName(e.target.value)} autoComplete="off" />}
      </FormField>
      <div className="field">
        <label className={c.schoolAllowed ? 'check' : 'check check-disabled'}>
          <input
            id={ids.school}
            type="checkbox"
            checked={c.school}
            disabled={!c.schoolAllowed}
            onChange={(e) => c.setSchool(e.target.checked)}
            aria-describedby={`${ids.school}-hint`}
          />
          <span>{t('credits.school')}</span>
        </label>
        <p id={`${ids.school}-hint`} className="field-hint">
          {schoolHint}
        </p>
      </div>
    </>
  );
}

/**
 * How the team is named in public (showcase, embeds, media kits): first names (the default), a team name, or
 * full names, and whether the school is named. While the entry is a draft the choice is made and saved with the
 * entry's details (entry-edit-forms.tsx); this panel is for a submitted entry, where the credits alone can still
 * change. The API answers with exactly what the public will see.
 */
export function CreditsPanel({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const save = useSetCredits(entry.id);
  const choice = useCreditsChoice(entry);
  const [saved, setSaved] = useState<Credits | null>(null);
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const fields = useMemo(() => creditsFieldMap(t), [t]);
  // a refusal for the minors' sake names them (refusals.entries.minor_credit_limited), in the reader's language
  const { byInput, summary } = useFormProblems(save.error, fields, { local, message: errorMessage, messageOnlyWhenRefused: true });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors = choice.localErrors(t);
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    save.mutate(choice.body(), { onSuccess: setSaved });
  }

  return (
    <section className="panel" aria-labelledby="entry-credits-h">
      <h2 id="entry-credits-h">{t('credits.title')}</h2>
      <p className="muted">{t('credits.lead')}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <ProblemSummary title={t('credits.problems')} summary={summary} />
        <CreditsFields choice={choice} errors={byInput} />
        <div className="inline-actions">
          <Button type="submit" busy={save.isPending}>
            {t('credits.save')}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {save.isPending ? <p className="muted">{t('common.saving')}</p> : null}
          {saved && !save.isPending ? <CreditsPreview credits={saved} /> : null}
        </div>
      </form>
    </section>
  );
}

/** What the public will see, as the API answered after a save. */
export function CreditsPreview({ credits }: { credits: Credits }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="notice notice-success">
      <p className="notice-title">{t('credits.saved')}</p>
      <p>{t('credits.preview', { byline: credits.preview.byline })}</p>
      {credits.preview.schools.length ? <p>{t('credits.previewSchools', { schools: formatList(credits.preview.schools, i18n.language) })}</p> : null}
    </div>
  );
}

/** The team's choice of credits in a line: "Team name · “The Firewalls” · school not named". */
export function creditsSummary(t: ReturnType<typeof useTranslation>['t'], entry: Pick<Entry, 'creditStyle' | 'teamName' | 'creditSchool'>): string {
  return [
    t(`credits.styles.${entry.creditStyle}`),
    entry.creditStyle === 'team_name' && entry.teamName ? `“${entry.teamName}”` : '',
    entry.creditSchool ? t('entries.review.schoolNamed') : t('entries.review.schoolNotNamed'),
  ]
    .filter(Boolean)
    .join(' · ');
}
