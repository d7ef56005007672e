import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { localeOf, type Locale } from '@clapper/domain/locales';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FormField } from '../../../components/ui/form-field';
import { LocaleSelect } from '../../../components/ui/locale-select';
import { Notice } from '../../../components/ui/query-state';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useCreateInvitation } from '../api/create-invitation';

/**
 * A coordinator invites a teacher for a school of their country. The coordinator vouches for the teacher, so the
 * link to the school is active as soon as the invitation is accepted.
 */
export function InviteTeacher({ country }: { country: string }) {
  const { t, i18n } = useTranslation();
  const create = useCreateInvitation();
  const [email, setEmail] = useState('');
  const [schoolName, setSchoolName] = useState('');
  const [language, setLanguage] = useState<Locale>(localeOf(i18n.language) ?? 'en');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const fields = useMemo(
    () => ({
      email: { id: 'it-email', label: t('auth.email') },
      schoolName: { id: 'it-school', label: t('auth.school') },
      language: { id: 'it-language', label: t('invitations.language') },
    }),
    [t],
  );
  const { byInput, summary } = useFormProblems(create.error, fields);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSentTo(null);
    create.mutate(
      { email: email.trim(), role: 'teacher', countryCode: country, schoolName: schoolName.trim(), language },
      {
        onSuccess: (inv) => {
          setSentTo(inv.email);
          setEmail('');
          setSchoolName('');
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="it-h">
      <h2 id="it-h">{t('invitations.teacherTitle')}</h2>
      <p className="muted">{t('invitations.teacherLead')}</p>
      <div aria-live="polite">{sentTo ? <Notice tone="success">{t('invitations.sent', { email: sentTo })}</Notice> : null}</div>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ProblemSummary summary={summary} />
        <div className="grid-2">
          <FormField id="it-email" label={t('auth.email')} errors={byInput['it-email']}>
            {(p) => <input {...p} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} required />}
          </FormField>
          <FormField id="it-school" label={t('auth.school')} hint={t('invitations.schoolHint')} errors={byInput['it-school']}>
            {(p) => <input {...p} type="text" autoComplete="off" value={schoolName} onChange={(e) => setSchoolName(e.target.value)} required />}
          </FormField>
          <FormField id="it-language" label={t('invitations.language')} hint={t('invitations.languageHint')} errors={byInput['it-language']}>
            {(p) => <LocaleSelect control={p} value={language} onChange={setLanguage} />}
          </FormField>
        </div>
        <div className="form-actions">
          <Button type="submit" busy={create.isPending}>
            {t('invitations.send')}
          </Button>
        </div>
      </form>
    </section>
  );
}
