import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { useSetCredits, type Credits } from '../api/set-credits';
import { CreditsFields, creditsFieldMap, useCreditsChoice } from './credits-panel';
import type { Entry, EntryMember } from '../api/get-entry';
import { useSetMembers } from '../api/set-members';
import { useUpdateEntry } from '../api/update-entry';
import {
  detailsBody,
  detailsFieldMap,
  EntryDetailsFields,
  entryFieldIds,
  EntryRosterFields,
  membersBody,
  rosterFieldMap,
  type DetailsValues,
  type EntryCompetitionOption,
  type MemberRow,
} from './entry-fields';

const ids = entryFieldIds('ee');

/**
 * A draft's details and its public credits, edited in place and saved together with one Save (the details with
 * PATCH, then the credits).
 */
export function EntryDetailsForm({
  entry,
  competition,
  onDone,
}: {
  entry: Entry;
  competition: EntryCompetitionOption | undefined;
  /** `credits`: what the public will see, as the API answered the save */
  onDone: (saved: boolean, credits?: Credits) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateEntry(entry.id);
  const [details, setDetails] = useState<DetailsValues>(() => ({
    categoryId: entry.categoryId,
    title: entry.title,
    synopsisOriginal: entry.synopsisOriginal,
    synopsisEnglish: entry.synopsisEnglish,
    videoLanguage: entry.videoLanguage,
    sources: entry.sources,
    teacherName: entry.supervisingTeacherName ?? '',
    teacherEmail: entry.supervisingTeacherEmail ?? '',
  }));
  const credits = useCreditsChoice(entry);
  const saveCredits = useSetCredits(entry.id);
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const fields = useMemo(() => ({ ...detailsFieldMap(t, ids), ...creditsFieldMap(t) }), [t]);
  const { byInput, summary } = useFormProblems(update.error ?? saveCredits.error, fields, { local });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors = credits.localErrors(t);
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    saveCredits.reset();
    update.mutate(detailsBody(details), { onSuccess: () => saveCredits.mutate(credits.body(), { onSuccess: (answer) => onDone(true, answer) }) });
  }

  return (
    <form className="form form-wide stack" onSubmit={onSubmit} noValidate aria-labelledby="ee-details-h">
      <h3 id="ee-details-h">{t('entries.edit.detailsTitle')}</h3>
      <ProblemSummary summary={summary} />
      <EntryDetailsFields
        ids={ids}
        values={details}
        onChange={(patch) => setDetails((d) => ({ ...d, ...patch }))}
        competition={competition}
        errors={byInput}
        extraLanguages={[entry.videoLanguage]}
      />
      <fieldset className="subpanel" aria-describedby="ee-credits-lead">
        <legend>{t('credits.title')}</legend>
        <p id="ee-credits-lead" className="muted small">
          {t('credits.lead')}
        </p>
        <CreditsFields choice={credits} errors={byInput} />
      </fieldset>
      <div className="inline-actions">
        <Button type="submit" busy={update.isPending || saveCredits.isPending}>
          {update.isPending || saveCredits.isPending ? t('common.saving') : t('entries.edit.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('entries.edit.cancel')}
        </Button>
      </div>
    </form>
  );
}

const rowOf = (m: EntryMember): MemberRow => ({
  key: m.id,
  id: m.id,
  fullName: m.fullName,
  role: m.role,
  dateOfBirth: m.dateOfBirth,
  schoolName: m.schoolName,
});

/** A member whose name or date of birth changed loses the consents recorded for them (the server clears them). */
export function clearsConsent(row: { id?: string; fullName: string; dateOfBirth: string }, members: EntryMember[]): boolean {
  if (!row.id) return false;
  const before = members.find((m) => m.id === row.id);
  if (!before) return false;
  const recorded = before.consent.status !== 'none' || (before.guardianConsent !== null && before.guardianConsent.status !== 'none');
  return recorded && (before.fullName !== row.fullName.trim() || before.dateOfBirth !== row.dateOfBirth);
}

/** The roster of a draft: add, change and remove members; kept members keep their id (and so their consents). */
export function EntryTeamForm({ entry, onDone }: { entry: Entry; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const save = useSetMembers(entry.id);
  const [rows, setRows] = useState<MemberRow[]>(() => entry.members.map(rowOf));
  const fields = useMemo(() => rosterFieldMap(t, ids, rows.length), [t, rows.length]);
  const { byInput, summary } = useFormProblems(save.error, fields);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save.mutate(membersBody(rows), { onSuccess: () => onDone(true) });
  }

  return (
    <form className="form form-wide stack" onSubmit={onSubmit} noValidate aria-labelledby="ee-team-h">
      <h3 id="ee-team-h">{t('entries.edit.teamTitle')}</h3>
      <ProblemSummary summary={summary} />
      <p className="notice notice-info">{t('entries.edit.consentWarning')}</p>
      <EntryRosterFields
        ids={ids}
        rows={rows}
        setRows={setRows}
        errors={byInput}
        newRole="actor"
        rowNote={(r) =>
          clearsConsent(r, entry.members) ? (
            <p className="field-error" role="status">
              {t('entries.edit.consentWillClear', { name: entry.members.find((m) => m.id === r.id)?.fullName ?? r.fullName })}
            </p>
          ) : null
        }
      />
      <div className="inline-actions">
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? t('common.saving') : t('entries.edit.saveTeam')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('entries.edit.cancel')}
        </Button>
      </div>
    </form>
  );
}
