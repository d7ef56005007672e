import { useMemo, useState, type FormEvent } from 'react';
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

/**
 * How the team is named in public (showcase, embeds, media kits): first names (the default), a team name, or
 * full names, and whether the school is named. It can change after submission; the API answers with exactly
 * what the public will see. Members under 18 are credited by first name and country only: full names then name
 * the adults alone, and a school a minor attends is never named; options that would name no one are disabled,
 * with the reason beside them.
 */
export function CreditsPanel({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const save = useSetCredits(entry.id);
  const options = useMemo(() => creditOptions(entry.members.map((m) => ({ schoolName: m.schoolName ?? '', minor: m.isMinor }))), [entry.members]);
  const minorNames = options.minors.map((i) => firstName(entry.members[i].fullName ?? '')).join(', ');
  const hasMinors = options.minors.length > 0;
  const fullNamesAllowed = !hasMinors || options.fullNames;
  const schoolAllowed = !hasMinors || options.schools.length > 0;
  // a choice stored before the rule for minors is shown as what the public actually sees
  const [style, setStyle] = useState<Style>(entry.creditStyle === 'full_names' && !fullNamesAllowed ? 'first_names' : (entry.creditStyle ?? 'first_names'));
  const [teamName, setTeamName] = useState(entry.teamName ?? '');
  const [school, setSchool] = useState(entry.creditSchool && schoolAllowed);
  const [saved, setSaved] = useState<Credits | null>(null);
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const fields = useMemo(
    () => ({
      creditStyle: { id: ids.style, label: t('credits.style') },
      teamName: { id: ids.teamName, label: t('credits.teamName') },
      creditSchool: { id: ids.school, label: t('credits.school') },
    }),
    [t],
  );
  // a refusal for the minors' sake names them (refusals.entries.minor_credit_limited), in the reader's language
  const { byInput, summary } = useFormProblems(save.error, fields, { local, message: errorMessage, messageOnlyWhenRefused: true });
  const styleHint = (s: Style) => {
    if (s !== 'full_names' || !hasMinors) return t(`credits.styleHints.${s}`);
    return fullNamesAllowed ? t('credits.fullNamesAdultsOnly') : t('credits.fullNamesUnavailable');
  };
  const schoolHint = !hasMinors
    ? t('credits.schoolNote')
    : schoolAllowed
      ? t('credits.schoolAdultsOnly', { schools: options.schools.join(', ') })
      : t('credits.schoolUnavailable');

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (style === 'team_name' && !teamName.trim()) {
      setLocal({ errors: { [ids.teamName]: [t('credits.teamNameRequired')] }, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    save.mutate({ creditStyle: style, teamName: teamName.trim() || null, creditSchool: school }, { onSuccess: setSaved });
  }

  return (
    <section className="panel" aria-labelledby="entry-credits-h">
      <h2 id="entry-credits-h">{t('credits.title')}</h2>
      <p className="muted">{t('credits.lead')}</p>
      {hasMinors ? (
        <p className="notice notice-info" id="credits-minors">
          {t('credits.minorsRule', { names: minorNames })}
        </p>
      ) : null}
      <form className="stack" onSubmit={onSubmit} noValidate>
        <ProblemSummary title={t('credits.problems')} summary={summary} />
        <FieldGroup id={ids.style} legend={t('credits.style')} errors={byInput[ids.style]}>
          <div className="checks">
            {STYLES.map((s) => {
              const disabled = s === 'full_names' && !fullNamesAllowed;
              return (
                <label key={s} className={disabled ? 'check check-disabled' : 'check'}>
                  <input type="radio" name="credits-style" value={s} checked={style === s} disabled={disabled} onChange={() => setStyle(s)} />
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
          required={style === 'team_name'}
          requiredLabel={t('common.required')}
          errors={byInput[ids.teamName]}
        >
          {(p) => <input {...p} type="text" value={teamName} maxLength={120} onChange={(e) => setTeamName(e.target.value)} autoComplete="off" />}
        </FormField>
        <div className="field">
          <label className={schoolAllowed ? 'check' : 'check check-disabled'}>
            <input
              id={ids.school}
              type="checkbox"
              checked={school}
              disabled={!schoolAllowed}
              onChange={(e) => setSchool(e.target.checked)}
              aria-describedby={`${ids.school}-hint`}
            />
            <span>{t('credits.school')}</span>
          </label>
          <p id={`${ids.school}-hint`} className="field-hint">
            {schoolHint}
          </p>
        </div>
        <div className="inline-actions">
          <Button type="submit" busy={save.isPending}>
            {t('credits.save')}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {save.isPending ? <p className="muted">{t('common.saving')}</p> : null}
          {saved && !save.isPending ? (
            <div className="notice notice-success">
              <p className="notice-title">{t('credits.saved')}</p>
              <p>{t('credits.preview', { byline: saved.preview.byline })}</p>
              {saved.preview.schools.length ? <p>{t('credits.previewSchools', { schools: saved.preview.schools.join(', ') })}</p> : null}
            </div>
          ) : null}
        </div>
      </form>
    </section>
  );
}
