import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FieldGroup, FormField } from '../../../components/ui/form-field';
import { languageLabel } from '../../../lib/languages';
import { categoryLabel } from '../../../lib/category-label';

/** The choices a competition offers an entry: its languages and its categories. */
export interface EntryCompetitionOption {
  id: string;
  name: string;
  /** the name's language when it is not the reader's (an English fallback), for `lang` */
  nameLang?: string;
  languages: string[];
  categories: { id: string; name: string; minAge: number; maxAge: number }[];
  /** the day members' ages are counted on (YYYY-MM-DD): the category follows from their dates of birth */
  referenceDate?: string;
}

export const MEMBER_ROLES = ['director', 'actor', 'camera', 'editor', 'writer', 'sound', 'other'] as const;
const MEMBER_FIELDS = ['fullName', 'role', 'dateOfBirth', 'schoolName'] as const;

/** Element ids of one entry form, under its own prefix so two forms can share a page. */
export function entryFieldIds(prefix: string) {
  return {
    competition: `${prefix}-competition`,
    category: `${prefix}-category`,
    title: `${prefix}-title`,
    synopsisOriginal: `${prefix}-synopsis-original`,
    synopsisEnglish: `${prefix}-synopsis-english`,
    videoLanguage: `${prefix}-video-language`,
    sources: `${prefix}-sources`,
    teacherName: `${prefix}-teacher-name`,
    teacherEmail: `${prefix}-teacher-email`,
    members: `${prefix}-members`,
    member: (i: number, f: string) => `${prefix}-member-${i}-${f}`,
  };
}
export type EntryFieldIds = ReturnType<typeof entryFieldIds>;
type T = ReturnType<typeof useTranslation>['t'];
type FieldMap = Record<string, { id: string; label: string }>;

/** Server field paths → the inputs and labels of the details fields, for useFormProblems. */
export function detailsFieldMap(t: T, ids: EntryFieldIds): FieldMap {
  return {
    categoryId: { id: ids.category, label: t('entries.fields.category') },
    title: { id: ids.title, label: t('entries.fields.title') },
    synopsisOriginal: { id: ids.synopsisOriginal, label: t('entries.fields.synopsisOriginal') },
    synopsisEnglish: { id: ids.synopsisEnglish, label: t('entries.fields.synopsisEnglish') },
    videoLanguage: { id: ids.videoLanguage, label: t('entries.fields.videoLanguage') },
    sources: { id: ids.sources, label: t('entries.fields.sources') },
    supervisingTeacherName: { id: ids.teacherName, label: t('entries.fields.teacherName') },
    supervisingTeacherEmail: { id: ids.teacherEmail, label: t('entries.fields.teacherEmail') },
  };
}

/** Server field paths (members.1.dateOfBirth …) → the roster's inputs and labels. */
export function rosterFieldMap(t: T, ids: EntryFieldIds, count: number): FieldMap {
  const m: FieldMap = { members: { id: ids.members, label: t('entries.team.title') } };
  for (let i = 0; i < count; i++) {
    const n = t('entries.team.memberN', { n: i + 1 });
    m[`members.${i}`] = { id: ids.member(i, 'fullName'), label: n };
    for (const f of MEMBER_FIELDS) m[`members.${i}.${f}`] = { id: ids.member(i, f), label: `${n} – ${t(`entries.team.${f}`)}` };
  }
  return m;
}

export interface DetailsValues {
  categoryId: string;
  title: string;
  synopsisOriginal: string;
  synopsisEnglish: string;
  videoLanguage: string;
  sources: string;
  teacherName: string;
  teacherEmail: string;
}

export const emptyDetails = (): DetailsValues => ({
  categoryId: '',
  title: '',
  synopsisOriginal: '',
  synopsisEnglish: '',
  videoLanguage: '',
  sources: '',
  teacherName: '',
  teacherEmail: '',
});

/** The request body fields for the details, trimmed; empty teacher fields are sent as null. */
export function detailsBody(v: DetailsValues) {
  return {
    categoryId: v.categoryId,
    title: v.title.trim(),
    synopsisOriginal: v.synopsisOriginal.trim(),
    synopsisEnglish: v.synopsisEnglish.trim(),
    videoLanguage: v.videoLanguage,
    sources: v.sources.trim(),
    supervisingTeacherName: v.teacherName.trim() || null,
    supervisingTeacherEmail: v.teacherEmail.trim() || null,
  };
}

/** Category, language, title, synopses, sources and the supervising teacher. */
export function EntryDetailsFields({
  ids,
  values,
  onChange,
  competition,
  errors,
  withPlaceholders,
  extraLanguages = [],
  categoryHint,
}: {
  ids: EntryFieldIds;
  values: DetailsValues;
  onChange: (patch: Partial<DetailsValues>) => void;
  competition: EntryCompetitionOption | undefined;
  errors: Record<string, string[] | undefined>;
  /** a "choose…" first option, for a new entry */
  withPlaceholders?: boolean;
  extraLanguages?: string[];
  /** what the team's ages say about the category (chosen for them, several fit, none fits), instead of the general hint */
  categoryHint?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const req = t('common.required');
  const languages = [...new Set([...(competition?.languages ?? []), 'en', ...extraLanguages])];
  return (
    <>
      <div className="grid-2">
        <FormField
          id={ids.category}
          label={t('entries.fields.category')}
          hint={categoryHint ?? t('entries.form.categoryHint')}
          required
          requiredLabel={req}
          errors={errors[ids.category]}
        >
          {(p) => (
            <select {...p} value={values.categoryId} required disabled={!competition} onChange={(e) => onChange({ categoryId: e.target.value })}>
              {withPlaceholders ? <option value="">{t('entries.form.chooseCategory')}</option> : null}
              {competition?.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {categoryLabel(c, i18n.language, (min, max) => t('competitions.ageRange', { min, max }))}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={ids.videoLanguage} label={t('entries.fields.videoLanguage')} required requiredLabel={req} errors={errors[ids.videoLanguage]}>
          {(p) => (
            <select {...p} value={values.videoLanguage} required onChange={(e) => onChange({ videoLanguage: e.target.value })}>
              {withPlaceholders ? <option value="">{t('entries.form.chooseLanguage')}</option> : null}
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageLabel(l, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField id={ids.title} label={t('entries.fields.title')} required requiredLabel={req} errors={errors[ids.title]}>
        {(p) => <input {...p} type="text" value={values.title} maxLength={200} required onChange={(e) => onChange({ title: e.target.value })} />}
      </FormField>
      <FormField
        id={ids.synopsisOriginal}
        label={t('entries.fields.synopsisOriginal')}
        hint={t('entries.form.synopsisOriginalHint')}
        errors={errors[ids.synopsisOriginal]}
      >
        {(p) => <textarea {...p} rows={3} value={values.synopsisOriginal} onChange={(e) => onChange({ synopsisOriginal: e.target.value })} />}
      </FormField>
      <FormField
        id={ids.synopsisEnglish}
        label={t('entries.fields.synopsisEnglish')}
        hint={t('entries.form.synopsisEnglishHint')}
        errors={errors[ids.synopsisEnglish]}
      >
        {(p) => <textarea {...p} rows={3} lang="en" value={values.synopsisEnglish} onChange={(e) => onChange({ synopsisEnglish: e.target.value })} />}
      </FormField>
      <FormField id={ids.sources} label={t('entries.fields.sources')} hint={t('entries.form.sourcesHint')} errors={errors[ids.sources]}>
        {(p) => <textarea {...p} rows={2} value={values.sources} onChange={(e) => onChange({ sources: e.target.value })} />}
      </FormField>
      <div className="grid-2">
        <FormField id={ids.teacherName} label={t('entries.fields.teacherName')} hint={t('entries.form.optional')} errors={errors[ids.teacherName]}>
          {(p) => <input {...p} type="text" autoComplete="off" value={values.teacherName} onChange={(e) => onChange({ teacherName: e.target.value })} />}
        </FormField>
        <FormField id={ids.teacherEmail} label={t('entries.fields.teacherEmail')} hint={t('entries.form.optional')} errors={errors[ids.teacherEmail]}>
          {(p) => <input {...p} type="email" autoComplete="off" value={values.teacherEmail} onChange={(e) => onChange({ teacherEmail: e.target.value })} />}
        </FormField>
      </div>
    </>
  );
}

export interface MemberRow {
  key: string;
  /** the member's id when kept; absent for a new member */
  id?: string;
  fullName: string;
  role: string;
  dateOfBirth: string;
  schoolName: string;
}

let rowKey = 0;
export const emptyMemberRow = (role = 'director'): MemberRow => ({ key: `new-${++rowKey}`, fullName: '', role, dateOfBirth: '', schoolName: '' });

/** The request body for the roster: kept members send their id; an empty school means the entry's school. */
export function membersBody(rows: MemberRow[]) {
  return rows.map((r) => ({
    ...(r.id ? { id: r.id } : {}),
    fullName: r.fullName.trim(),
    role: r.role,
    dateOfBirth: r.dateOfBirth,
    ...(r.schoolName.trim() ? { schoolName: r.schoolName.trim() } : {}),
  }));
}

/** The team: a fieldset per member (name, role, date of birth, school), with add and remove. */
export function EntryRosterFields({
  ids,
  rows,
  setRows,
  errors,
  newRole,
  rowNote,
}: {
  ids: EntryFieldIds;
  rows: MemberRow[];
  setRows: (update: (rows: MemberRow[]) => MemberRow[]) => void;
  errors: Record<string, string[] | undefined>;
  newRole?: string;
  /** something to say under one member (e.g. that their consent will be cleared) */
  rowNote?: (row: MemberRow) => ReactNode;
}) {
  const { t } = useTranslation();
  const setRow = (i: number, patch: Partial<MemberRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <FieldGroup id={ids.members} legend={t('entries.team.legend')} hint={t('entries.team.hint')} errors={errors[ids.members]}>
      {rows.map((r, i) => (
        <fieldset key={r.key} className="subpanel">
          <legend>
            {t('entries.team.memberN', { n: i + 1 })}
            {rowNote && !r.id ? <span className="muted small"> ({t('entries.edit.newMember')})</span> : null}
          </legend>
          <div className="grid-4">
            <FormField id={ids.member(i, 'fullName')} label={t('entries.team.fullName')} errors={errors[ids.member(i, 'fullName')]}>
              {(p) => <input {...p} type="text" autoComplete="off" value={r.fullName} onChange={(e) => setRow(i, { fullName: e.target.value })} />}
            </FormField>
            <FormField id={ids.member(i, 'role')} label={t('entries.team.role')} errors={errors[ids.member(i, 'role')]}>
              {(p) => (
                <select {...p} value={r.role} onChange={(e) => setRow(i, { role: e.target.value })}>
                  {[...new Set<string>([...MEMBER_ROLES, r.role])].map((role) => (
                    <option key={role} value={role}>
                      {t(`entries.roles.${role}`, { defaultValue: role })}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField id={ids.member(i, 'dateOfBirth')} label={t('entries.team.dateOfBirth')} errors={errors[ids.member(i, 'dateOfBirth')]}>
              {(p) => <input {...p} type="date" value={r.dateOfBirth} onChange={(e) => setRow(i, { dateOfBirth: e.target.value })} />}
            </FormField>
            <FormField
              id={ids.member(i, 'schoolName')}
              label={t('entries.team.schoolName')}
              hint={t('entries.team.schoolHint')}
              errors={errors[ids.member(i, 'schoolName')]}
            >
              {(p) => <input {...p} type="text" value={r.schoolName} onChange={(e) => setRow(i, { schoolName: e.target.value })} />}
            </FormField>
          </div>
          {rowNote?.(r)}
          {rows.length > 1 ? (
            <Button variant="secondary" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} aria-label={t('entries.team.removeN', { n: i + 1 })}>
              {t('entries.team.remove')}
            </Button>
          ) : null}
        </fieldset>
      ))}
      <Button variant="secondary" onClick={() => setRows((rs) => [...rs, emptyMemberRow(newRole)])} disabled={rows.length >= 10}>
        {t('entries.team.add')}
      </Button>
    </FieldGroup>
  );
}
