import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FormField } from '../../../components/ui/form-field';
import { LocaleSelect } from '../../../components/ui/locale-select';
import { localeOf, type Locale } from '@clapper/domain/locales';
import { CountrySelect } from '../../../components/ui/country-select';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useCreateInvitation, type CreateInvitationInput } from '../api/create-invitation';
import { useInvitations } from '../api/get-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { INVITED_ROLES } from '@clapper/domain/roles';

type InvitedRole = CreateInvitationInput['role'];

export function InvitationsAdmin({ countries }: { countries: { code: string; name: string }[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useInvitations();
  const create = useCreateInvitation();
  const revoke = useRevokeInvitation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitedRole>('coordinator');
  const [countryCode, setCountryCode] = useState('');
  const [roundId, setRoundId] = useState('');
  const [schoolName, setSchoolName] = useState('');
  const [language, setLanguage] = useState<Locale>(localeOf(lng) ?? 'en');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const fields = useMemo(
    () => ({
      email: { id: 'ia-email', label: t('auth.email') },
      role: { id: 'ia-role', label: t('invitations.role') },
      countryCode: { id: 'ia-country', label: t('auth.country') },
      roundId: { id: 'ia-round', label: t('invitations.round') },
      schoolName: { id: 'ia-school', label: t('auth.school') },
      language: { id: 'ia-language', label: t('invitations.language') },
    }),
    [t],
  );
  const { byInput, summary } = useFormProblems(create.error, fields);
  const nameOf = (code: string | null) => (code ? (countries.find((c) => c.code === code)?.name ?? code) : '');

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSentTo(null);
    const body: CreateInvitationInput = { email: email.trim(), role, language };
    if ((role === 'coordinator' || role === 'teacher') && countryCode) body.countryCode = countryCode;
    if (role === 'teacher') body.schoolName = schoolName.trim();
    if (role === 'judge' && roundId.trim()) body.roundId = roundId.trim();
    create.mutate(body, {
      onSuccess: (inv) => {
        setSentTo(inv.email);
        setEmail('');
        setSchoolName('');
      },
    });
  }

  return (
    <div className="stack">
      <section className="panel" aria-labelledby="ia-new-h">
        <h2 id="ia-new-h">{t('invitations.new')}</h2>
        {sentTo ? <Notice tone="success">{t('invitations.sent', { email: sentTo })}</Notice> : null}
        <form className="form" onSubmit={onSubmit} noValidate>
          <ProblemSummary summary={summary} />
          <div className="grid-2">
            <FormField id="ia-email" label={t('auth.email')} errors={byInput['ia-email']}>
              {(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />}
            </FormField>
            <FormField id="ia-role" label={t('invitations.role')} errors={byInput['ia-role']}>
              {(p) => (
                <select {...p} value={role} onChange={(e) => setRole(e.target.value as InvitedRole)}>
                  {INVITED_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {role === 'coordinator' || role === 'teacher' ? (
              <FormField id="ia-country" label={t('auth.country')} errors={byInput['ia-country']}>
                {(p) => <CountrySelect control={p} countries={countries} value={countryCode} onChange={setCountryCode} required />}
              </FormField>
            ) : null}
            {role === 'teacher' ? (
              <FormField id="ia-school" label={t('auth.school')} hint={t('invitations.schoolHint')} errors={byInput['ia-school']}>
                {(p) => <input {...p} type="text" autoComplete="off" value={schoolName} onChange={(e) => setSchoolName(e.target.value)} required />}
              </FormField>
            ) : null}
            {role === 'judge' ? (
              <FormField id="ia-round" label={t('invitations.round')} hint={t('invitations.roundHint')} errors={byInput['ia-round']}>
                {(p) => <input {...p} type="text" value={roundId} onChange={(e) => setRoundId(e.target.value)} />}
              </FormField>
            ) : null}
            <FormField id="ia-language" label={t('invitations.language')} hint={t('invitations.languageHint')} errors={byInput['ia-language']}>
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

      <section className="panel" aria-labelledby="ia-list-h">
        <h2 id="ia-list-h">{t('invitations.list')}</h2>
        {revoke.error ? <ErrorNotice error={revoke.error} /> : null}
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.length === 0 ? (
          <EmptyState>{t('invitations.none')}</EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('auth.email')}</th>
                  <th scope="col">{t('invitations.role')}</th>
                  <th scope="col">{t('invitations.status')}</th>
                  <th scope="col">{t('invitations.created')}</th>
                  <th scope="col">{t('invite.expires')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((inv) => (
                  <tr key={inv.id}>
                    <td className="break">{inv.email}</td>
                    <td>
                      {t(`roles.${inv.role}`)}
                      {inv.countryCode ? <div className="muted small">{nameOf(inv.countryCode)}</div> : null}
                      {inv.schoolName ? <div className="muted small">{inv.schoolName}</div> : null}
                    </td>
                    <td>
                      <span className={`badge badge-inv-${inv.status}`}>{t(`invitations.statuses.${inv.status}`)}</span>
                    </td>
                    <td className="small">{formatDateTime(inv.createdAt, lng)}</td>
                    <td className="small">{formatDateTime(inv.expiresAt, lng)}</td>
                    <td>
                      {inv.status === 'pending' ? (
                        <Button
                          variant="danger"
                          busy={revoke.isPending && revoke.variables === inv.id}
                          onClick={() => {
                            if (window.confirm(t('invitations.confirmRevoke', { email: inv.email }))) revoke.mutate(inv.id);
                          }}
                          aria-label={t('invitations.revokeFor', { email: inv.email })}
                        >
                          {t('invitations.revoke')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
