import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FieldGroup, FormField } from '../../../components/ui/form-field';
import { errorMessage } from '../../../lib/error-message';
import { languageLabel } from '../../../lib/languages';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { Entry } from '../api/get-entry';
import { useCreateEntry } from '../api/create-entry';

export interface EntryCompetitionOption {
  id: string;
  name: string;
  languages: string[];
  categories: { id: string; name: string; minAge: number; maxAge: number }[];
}

export const MEMBER_ROLES = ['director', 'actor', 'camera', 'editor', 'writer', 'sound', 'other'] as const;

interface MemberRow {
  key: number;
  fullName: string;
  role: string;
  dateOfBirth: string;
  schoolName: string;
}

let rowKey = 0;
const emptyMember = (): MemberRow => ({ key: ++rowKey, fullName: '', role: 'director', dateOfBirth: '', schoolName: '' });

const ids = {
  competition: 'ef-competition',
  category: 'ef-category',
  title: 'ef-title',
  synopsisOriginal: 'ef-synopsis-original',
  synopsisEnglish: 'ef-synopsis-english',
  videoLanguage: 'ef-video-language',
  sources: 'ef-sources',
  teacherName: 'ef-teacher-name',
  teacherEmail: 'ef-teacher-email',
  members: 'ef-members',
  member: (i: number, f: string) => `ef-member-${i}-${f}`,
};

/** Starts an entry: competition, category, title, synopses, language, sources, supervising teacher and the team. */
export function EntryForm({ competitions, onCreated }: { competitions: EntryCompetitionOption[]; onCreated: (entry: Entry) => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateEntry();
  const [competitionId, setCompetitionId] = useState(competitions.length === 1 ? competitions[0]!.id : '');
  const [categoryId, setCategoryId] = useState('');
  const [title, setTitle] = useState('');
  const [synopsisOriginal, setSynopsisOriginal] = useState('');
  const [synopsisEnglish, setSynopsisEnglish] = useState('');
  const [videoLanguage, setVideoLanguage] = useState('');
  const [sources, setSources] = useState('');
  const [teacherName, setTeacherName] = useState('');
  const [teacherEmail, setTeacherEmail] = useState('');
  const [members, setMembers] = useState<MemberRow[]>(() => [emptyMember()]);
  const competition = competitions.find((c) => c.id === competitionId);
  const req = t('common.required');

  const setMember = (i: number, patch: Partial<MemberRow>) => setMembers((ms) => ms.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  const fields = useMemo(() => {
    const m: Record<string, { id: string; label: string }> = {
      competitionId: { id: ids.competition, label: t('entries.fields.competition') },
      categoryId: { id: ids.category, label: t('entries.fields.category') },
      title: { id: ids.title, label: t('entries.fields.title') },
      synopsisOriginal: { id: ids.synopsisOriginal, label: t('entries.fields.synopsisOriginal') },
      synopsisEnglish: { id: ids.synopsisEnglish, label: t('entries.fields.synopsisEnglish') },
      videoLanguage: { id: ids.videoLanguage, label: t('entries.fields.videoLanguage') },
      sources: { id: ids.sources, label: t('entries.fields.sources') },
      supervisingTeacherName: { id: ids.teacherName, label: t('entries.fields.teacherName') },
      supervisingTeacherEmail: { id: ids.teacherEmail, label: t('entries.fields.teacherEmail') },
      members: { id: ids.members, label: t('entries.team.title') },
    };
    members.forEach((_, i) => {
      const n = t('entries.team.memberN', { n: i + 1 });
      m[`members.${i}`] = { id: ids.member(i, 'fullName'), label: n };
      for (const f of ['fullName', 'role', 'dateOfBirth', 'schoolName'] as const)
        m[`members.${i}.${f}`] = { id: ids.member(i, f), label: `${n} – ${t(`entries.team.${f}`)}` };
    });
    return m;
  }, [t, members]);
  const { byInput, summaryItems } = useFormErrors(create.error, fields);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      {
        competitionId,
        categoryId,
        title: title.trim(),
        synopsisOriginal: synopsisOriginal.trim(),
        synopsisEnglish: synopsisEnglish.trim(),
        videoLanguage,
        sources: sources.trim(),
        supervisingTeacherName: teacherName.trim() || null,
        supervisingTeacherEmail: teacherEmail.trim() || null,
        members: members.map((m) => ({
          fullName: m.fullName.trim(),
          role: m.role,
          dateOfBirth: m.dateOfBirth,
          ...(m.schoolName.trim() ? { schoolName: m.schoolName.trim() } : {}),
        })),
      },
      { onSuccess: onCreated },
    );
  }

  return (
    <form className="form form-wide" onSubmit={onSubmit} noValidate>
      {create.error ? (
        <ErrorSummary title={t('form.errorSummaryTitle')} message={errorMessage(t, create.error)} items={summaryItems} focusKey={create.error} />
      ) : null}

      <section className="panel" aria-labelledby="ef-basics-h">
        <h2 id="ef-basics-h">{t('entries.form.basics')}</h2>
        <FormField id={ids.competition} label={t('entries.fields.competition')} required requiredLabel={req} errors={byInput[ids.competition]}>
          {(p) => (
            <select
              {...p}
              value={competitionId}
              required
              onChange={(e) => {
                setCompetitionId(e.target.value);
                setCategoryId('');
              }}
            >
              <option value="">{t('entries.form.chooseCompetition')}</option>
              {competitions.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="grid-2">
          <FormField id={ids.category} label={t('entries.fields.category')} hint={t('entries.form.categoryHint')} required requiredLabel={req} errors={byInput[ids.category]}>
            {(p) => (
              <select {...p} value={categoryId} required disabled={!competition} onChange={(e) => setCategoryId(e.target.value)}>
                <option value="">{t('entries.form.chooseCategory')}</option>
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
                <option value="">{t('entries.form.chooseLanguage')}</option>
                {[...new Set([...(competition?.languages ?? []), 'en'])].map((l) => (
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
      </section>

      <section className="panel" aria-labelledby="ef-team-h">
        <h2 id="ef-team-h">{t('entries.team.title')}</h2>
        <FieldGroup id={ids.members} legend={t('entries.team.legend')} hint={t('entries.team.hint')} errors={byInput[ids.members]}>
          {members.map((m, i) => (
            <fieldset key={m.key} className="subpanel">
              <legend>{t('entries.team.memberN', { n: i + 1 })}</legend>
              <div className="grid-4">
                <FormField id={ids.member(i, 'fullName')} label={t('entries.team.fullName')} errors={byInput[ids.member(i, 'fullName')]}>
                  {(p) => <input {...p} type="text" autoComplete="off" value={m.fullName} onChange={(e) => setMember(i, { fullName: e.target.value })} />}
                </FormField>
                <FormField id={ids.member(i, 'role')} label={t('entries.team.role')} errors={byInput[ids.member(i, 'role')]}>
                  {(p) => (
                    <select {...p} value={m.role} onChange={(e) => setMember(i, { role: e.target.value })}>
                      {MEMBER_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`entries.roles.${r}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField id={ids.member(i, 'dateOfBirth')} label={t('entries.team.dateOfBirth')} errors={byInput[ids.member(i, 'dateOfBirth')]}>
                  {(p) => <input {...p} type="date" value={m.dateOfBirth} onChange={(e) => setMember(i, { dateOfBirth: e.target.value })} />}
                </FormField>
                <FormField id={ids.member(i, 'schoolName')} label={t('entries.team.schoolName')} hint={t('entries.team.schoolHint')} errors={byInput[ids.member(i, 'schoolName')]}>
                  {(p) => <input {...p} type="text" value={m.schoolName} onChange={(e) => setMember(i, { schoolName: e.target.value })} />}
                </FormField>
              </div>
              {members.length > 1 ? (
                <Button variant="secondary" onClick={() => setMembers((ms) => ms.filter((_, j) => j !== i))} aria-label={t('entries.team.removeN', { n: i + 1 })}>
                  {t('entries.team.remove')}
                </Button>
              ) : null}
            </fieldset>
          ))}
          <Button variant="secondary" onClick={() => setMembers((ms) => [...ms, emptyMember()])} disabled={members.length >= 10}>
            {t('entries.team.add')}
          </Button>
        </FieldGroup>
      </section>

      <div className="form-actions">
        <Button type="submit" busy={create.isPending}>
          {create.isPending ? t('common.saving') : t('entries.form.create')}
        </Button>
      </div>
    </form>
  );
}
