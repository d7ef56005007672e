import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FieldGroup, FormField } from '../../../components/ui/form-field';
import { errorMessage } from '../../../lib/error-message';
import { languageLabel } from '../../../lib/languages';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { Entry, EntryMember } from '../api/get-entry';
import { useSetMembers } from '../api/set-members';
import { useUpdateEntry } from '../api/update-entry';
import { MEMBER_ROLES, type EntryCompetitionOption } from './entry-form';

const ids = {
  category: 'ee-category',
  title: 'ee-title',
  synopsisOriginal: 'ee-synopsis-original',
  synopsisEnglish: 'ee-synopsis-english',
  videoLanguage: 'ee-video-language',
  sources: 'ee-sources',
  teacherName: 'ee-teacher-name',
  teacherEmail: 'ee-teacher-email',
  members: 'ee-members',
  member: (i: number, f: string) => `ee-member-${i}-${f}`,
};

/** A draft's details, edited in place: PATCH sends only what changed. */
export function EntryDetailsForm({ entry, competition, onDone }: { entry: Entry; competition: EntryCompetitionOption | undefined; onDone: (saved: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateEntry(entry.id);
  const [categoryId, setCategoryId] = useState(entry.categoryId);
  const [title, setTitle] = useState(entry.title);
  const [synopsisOriginal, setSynopsisOriginal] = useState(entry.synopsisOriginal);
  const [synopsisEnglish, setSynopsisEnglish] = useState(entry.synopsisEnglish);
  const [videoLanguage, setVideoLanguage] = useState(entry.videoLanguage);
  const [sources, setSources] = useState(entry.sources);
  const [teacherName, setTeacherName] = useState(entry.supervisingTeacherName ?? '');
  const [teacherEmail, setTeacherEmail] = useState(entry.supervisingTeacherEmail ?? '');
  const req = t('common.required');

  const fields = useMemo(
    () => ({
      categoryId: { id: ids.category, label: t('entries.fields.category') },
      title: { id: ids.title, label: t('entries.fields.title') },
      synopsisOriginal: { id: ids.synopsisOriginal, label: t('entries.fields.synopsisOriginal') },
      synopsisEnglish: { id: ids.synopsisEnglish, label: t('entries.fields.synopsisEnglish') },
      videoLanguage: { id: ids.videoLanguage, label: t('entries.fields.videoLanguage') },
      sources: { id: ids.sources, label: t('entries.fields.sources') },
      supervisingTeacherName: { id: ids.teacherName, label: t('entries.fields.teacherName') },
      supervisingTeacherEmail: { id: ids.teacherEmail, label: t('entries.fields.teacherEmail') },
    }),
    [t],
  );
  const { byInput, summaryItems } = useFormErrors(update.error, fields);
  const languages = [...new Set([...(competition?.languages ?? []), 'en', entry.videoLanguage])];

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    update.mutate(
      {
        categoryId,
        title: title.trim(),
        synopsisOriginal: synopsisOriginal.trim(),
        synopsisEnglish: synopsisEnglish.trim(),
        videoLanguage,
        sources: sources.trim(),
        supervisingTeacherName: teacherName.trim() || null,
        supervisingTeacherEmail: teacherEmail.trim() || null,
      },
      { onSuccess: () => onDone(true) },
    );
  }

  return (
    <form className="form form-wide stack" onSubmit={onSubmit} noValidate aria-labelledby="ee-details-h">
      <h3 id="ee-details-h">{t('entries.edit.detailsTitle')}</h3>
      {update.error ? <ErrorSummary title={t('form.errorSummaryTitle')} message={errorMessage(t, update.error)} items={summaryItems} focusKey={update.error} /> : null}
      <div className="grid-2">
        <FormField id={ids.category} label={t('entries.fields.category')} hint={t('entries.form.categoryHint')} required requiredLabel={req} errors={byInput[ids.category]}>
          {(p) => (
            <select {...p} value={categoryId} required onChange={(e) => setCategoryId(e.target.value)}>
              {competition?.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({t('competitions.ageRange', { min: c.minAge, max: c.maxAge })})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={ids.videoLanguage} label={t('entries.fields.videoLanguage')} required requiredLabel={req} errors={byInput[ids.videoLanguage]}>
          {(p) => (
            <select {...p} value={videoLanguage} required onChange={(e) => setVideoLanguage(e.target.value)}>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageLabel(l, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField id={ids.title} label={t('entries.fields.title')} required requiredLabel={req} errors={byInput[ids.title]}>
        {(p) => <input {...p} type="text" value={title} maxLength={200} required onChange={(e) => setTitle(e.target.value)} />}
      </FormField>
      <FormField id={ids.synopsisOriginal} label={t('entries.fields.synopsisOriginal')} hint={t('entries.form.synopsisOriginalHint')} errors={byInput[ids.synopsisOriginal]}>
        {(p) => <textarea {...p} rows={3} value={synopsisOriginal} onChange={(e) => setSynopsisOriginal(e.target.value)} />}
      </FormField>
      <FormField id={ids.synopsisEnglish} label={t('entries.fields.synopsisEnglish')} hint={t('entries.form.synopsisEnglishHint')} errors={byInput[ids.synopsisEnglish]}>
        {(p) => <textarea {...p} rows={3} lang="en" value={synopsisEnglish} onChange={(e) => setSynopsisEnglish(e.target.value)} />}
      </FormField>
      <FormField id={ids.sources} label={t('entries.fields.sources')} hint={t('entries.form.sourcesHint')} errors={byInput[ids.sources]}>
        {(p) => <textarea {...p} rows={2} value={sources} onChange={(e) => setSources(e.target.value)} />}
      </FormField>
      <div className="grid-2">
        <FormField id={ids.teacherName} label={t('entries.fields.teacherName')} hint={t('entries.form.optional')} errors={byInput[ids.teacherName]}>
          {(p) => <input {...p} type="text" autoComplete="off" value={teacherName} onChange={(e) => setTeacherName(e.target.value)} />}
        </FormField>
        <FormField id={ids.teacherEmail} label={t('entries.fields.teacherEmail')} hint={t('entries.form.optional')} errors={byInput[ids.teacherEmail]}>
          {(p) => <input {...p} type="email" autoComplete="off" value={teacherEmail} onChange={(e) => setTeacherEmail(e.target.value)} />}
        </FormField>
      </div>
      <div className="inline-actions">
        <Button type="submit" busy={update.isPending}>
          {update.isPending ? t('common.saving') : t('entries.edit.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('entries.edit.cancel')}
        </Button>
      </div>
    </form>
  );
}

interface RosterRow {
  key: string;
  /** the member's id when they are kept; absent for a new member */
  id?: string;
  fullName: string;
  role: string;
  dateOfBirth: string;
  schoolName: string;
}

let newKey = 0;
const rowOf = (m: EntryMember): RosterRow => ({ key: m.id, id: m.id, fullName: m.fullName, role: m.role, dateOfBirth: m.dateOfBirth, schoolName: m.schoolName });

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
  const [rows, setRows] = useState<RosterRow[]>(() => entry.members.map(rowOf));
  const setRow = (i: number, patch: Partial<RosterRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const fields = useMemo(() => {
    const m: Record<string, { id: string; label: string }> = { members: { id: ids.members, label: t('entries.team.title') } };
    rows.forEach((_, i) => {
      const n = t('entries.team.memberN', { n: i + 1 });
      m[`members.${i}`] = { id: ids.member(i, 'fullName'), label: n };
      for (const f of ['fullName', 'role', 'dateOfBirth', 'schoolName'] as const) m[`members.${i}.${f}`] = { id: ids.member(i, f), label: `${n} – ${t(`entries.team.${f}`)}` };
    });
    return m;
  }, [t, rows]);
  const { byInput, summaryItems } = useFormErrors(save.error, fields);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save.mutate(
      rows.map((r) => ({
        ...(r.id ? { id: r.id } : {}),
        fullName: r.fullName.trim(),
        role: r.role,
        dateOfBirth: r.dateOfBirth,
        ...(r.schoolName.trim() ? { schoolName: r.schoolName.trim() } : {}),
      })),
      { onSuccess: () => onDone(true) },
    );
  }

  return (
    <form className="form form-wide stack" onSubmit={onSubmit} noValidate aria-labelledby="ee-team-h">
      <h3 id="ee-team-h">{t('entries.edit.teamTitle')}</h3>
      {save.error ? <ErrorSummary title={t('form.errorSummaryTitle')} message={errorMessage(t, save.error)} items={summaryItems} focusKey={save.error} /> : null}
      <p className="notice notice-info">{t('entries.edit.consentWarning')}</p>
      <FieldGroup id={ids.members} legend={t('entries.team.legend')} hint={t('entries.team.hint')} errors={byInput[ids.members]}>
        {rows.map((r, i) => (
          <fieldset key={r.key} className="subpanel">
            <legend>
              {t('entries.team.memberN', { n: i + 1 })}
              {r.id ? null : <span className="muted small"> ({t('entries.edit.newMember')})</span>}
            </legend>
            <div className="grid-4">
              <FormField id={ids.member(i, 'fullName')} label={t('entries.team.fullName')} errors={byInput[ids.member(i, 'fullName')]}>
                {(p) => <input {...p} type="text" autoComplete="off" value={r.fullName} onChange={(e) => setRow(i, { fullName: e.target.value })} />}
              </FormField>
              <FormField id={ids.member(i, 'role')} label={t('entries.team.role')} errors={byInput[ids.member(i, 'role')]}>
                {(p) => (
                  <select {...p} value={r.role} onChange={(e) => setRow(i, { role: e.target.value })}>
                    {[...new Set([...MEMBER_ROLES, r.role])].map((role) => (
                      <option key={role} value={role}>
                        {t(`entries.roles.${role}`, { defaultValue: role })}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField id={ids.member(i, 'dateOfBirth')} label={t('entries.team.dateOfBirth')} errors={byInput[ids.member(i, 'dateOfBirth')]}>
                {(p) => <input {...p} type="date" value={r.dateOfBirth} onChange={(e) => setRow(i, { dateOfBirth: e.target.value })} />}
              </FormField>
              <FormField id={ids.member(i, 'schoolName')} label={t('entries.team.schoolName')} hint={t('entries.team.schoolHint')} errors={byInput[ids.member(i, 'schoolName')]}>
                {(p) => <input {...p} type="text" value={r.schoolName} onChange={(e) => setRow(i, { schoolName: e.target.value })} />}
              </FormField>
            </div>
            {clearsConsent(r, entry.members) ? (
              <p className="field-error" role="status">
                {t('entries.edit.consentWillClear', { name: entry.members.find((m) => m.id === r.id)?.fullName ?? r.fullName })}
              </p>
            ) : null}
            {rows.length > 1 ? (
              <Button variant="secondary" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} aria-label={t('entries.team.removeN', { n: i + 1 })}>
                {t('entries.team.remove')}
              </Button>
            ) : null}
          </fieldset>
        ))}
        <Button
          variant="secondary"
          onClick={() => setRows((rs) => [...rs, { key: `new-${++newKey}`, fullName: '', role: 'actor', dateOfBirth: '', schoolName: '' }])}
          disabled={rows.length >= 10}
        >
          {t('entries.team.add')}
        </Button>
      </FieldGroup>
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
