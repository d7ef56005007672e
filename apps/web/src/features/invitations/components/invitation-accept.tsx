import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { PASSWORD_MIN_LENGTH } from '@clapper/domain/password-policy';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FormField } from '../../../components/ui/form-field';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { ApiError, type Schemas } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitationPreview } from '../api/preview-invitation';
import { RoundBrief } from './round-brief';

type Me = Schemas['MeDto'];

export interface InvitationAcceptProps {
  token: string;
  /** the signed-in account, if any */
  me: Me | null;
  countryName: (code: string) => string;
  onAccepted: (me: Me) => void;
}

/** Shows what the invitation grants, then accepts it: with a new account, or with the signed-in one. */
export function InvitationAccept({ token, me, countryName, onAccepted }: InvitationAcceptProps) {
  const { t, i18n } = useTranslation();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(onAccepted);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const fields = useMemo(
    () => ({ displayName: { id: 'inv-name', label: t('auth.displayName') }, password: { id: 'inv-password', label: t('auth.password') } }),
    [t],
  );
  const { byInput, summary } = useFormProblems(accept.error, fields);

  if (preview.isPending) return <Loading label={t('invite.checking')} />;
  if (preview.isError) {
    const e = preview.error;
    // a token that is not one (cut short when copied) is as unusable as an expired one: say so, not "correct the answers"
    const unusable = e instanceof ApiError && (e.status === 410 || e.status === 404 || e.code === 'validation_failed');
    if (unusable)
      return (
        // why (used, expired and when, unknown), unless the link was cut short when copied: then only "open the whole link again"
        <ErrorNotice title={t('invite.unusable')} error={e.code === 'validation_failed' ? undefined : e}>
          <p>{t('invite.unusableText')}</p>
        </ErrorNotice>
      );
    return <ErrorNotice title={t('common.errorTitle')} error={e} />;
  }
  const p = preview.data;
  const grants = p.countryCode
    ? t('invite.grantsIn', { role: t(`roles.${p.role}`), country: countryName(p.countryCode) })
    : t('invite.grants', { role: t(`roles.${p.role}`) });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    accept.mutate(p.accountExists ? { token } : { token, displayName: displayName.trim(), password });
  }

  const signedInAsInvitee = me && me.email.toLowerCase() === p.email.toLowerCase();
  return (
    <div className="stack">
      <div className="panel">
        <p className="lead">{grants}</p>
        <dl className="facts">
          <div>
            <dt>{t('auth.email')}</dt>
            <dd>{p.email}</dd>
          </div>
          <div>
            <dt>{t('invite.expires')}</dt>
            <dd>{formatDateTime(p.expiresAt, i18n.language)}</dd>
          </div>
        </dl>
      </div>
      {p.round ? <RoundBrief brief={p.round} /> : null}
      {p.accountExists && !signedInAsInvitee ? (
        <div className="notice notice-info">
          <p>{me ? t('invite.signedInAsOther', { email: me.email, invitee: p.email }) : t('invite.accountExists', { email: p.email })}</p>
          <Link className="btn btn-primary" to={`${paths.signIn}?next=${encodeURIComponent(paths.invite(token))}`}>
            {t('invite.signInToAccept')}
          </Link>
        </div>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <ProblemSummary summary={summary} />
          {p.accountExists ? (
            <p>{t('invite.acceptAs', { email: p.email })}</p>
          ) : (
            <>
              <FormField id="inv-name" label={t('auth.displayName')} errors={byInput['inv-name']}>
                {(f) => <input {...f} type="text" autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} required />}
              </FormField>
              <FormField
                id="inv-password"
                label={t('auth.password')}
                hint={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
                errors={byInput['inv-password']}
              >
                {(f) => <input {...f} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required />}
              </FormField>
            </>
          )}
          <div className="form-actions">
            <Button type="submit" busy={accept.isPending}>
              {t('invite.accept')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
