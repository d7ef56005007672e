import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FormField } from '../../../components/ui/form-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { useFormProblems } from '../../../lib/use-form-problems';
import type { Me } from '../../../api/get-me';
import { useResendSignUp } from '../api/resend-sign-up';
import { useSignIn } from '../api/sign-in';

export function SignInForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const resend = useResendSignUp();
  const fields = useMemo(() => ({ email: { id: 'si-email', label: t('auth.email') }, password: { id: 'si-password', label: t('auth.password') } }), [t]);
  // the right password for an account whose sign-up is not confirmed yet: not a mistake to correct, a step to finish
  const unconfirmed =
    isApiError(signIn.error) && signIn.error.code === 'email_unconfirmed'
      ? typeof signIn.error.params.email === 'string'
        ? signIn.error.params.email
        : email.trim()
      : null;
  const { byInput, summary } = useFormProblems(unconfirmed ? null : signIn.error, fields);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    resend.reset();
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {unconfirmed ? (
        <div className="notice notice-info" role="alert">
          <p className="notice-title">{t('auth.unconfirmed.title')}</p>
          <p>{t('auth.unconfirmed.body', { email: unconfirmed })}</p>
          {resend.isSuccess ? (
            <p role="status">{t('auth.unconfirmed.resent', { email: unconfirmed })}</p>
          ) : (
            <Button variant="secondary" busy={resend.isPending} onClick={() => resend.mutate(unconfirmed)}>
              {t('auth.unconfirmed.resend')}
            </Button>
          )}
          {resend.isError ? <p>{errorMessage(t, resend.error)}</p> : null}
        </div>
      ) : signIn.error ? (
        <ProblemSummary summary={summary} />
      ) : null}
      <FormField id="si-email" label={t('auth.email')} errors={byInput['si-email']}>
        {(p) => <input {...p} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />}
      </FormField>
      <FormField id="si-password" label={t('auth.password')} errors={byInput['si-password']}>
        {(p) => <input {...p} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />}
      </FormField>
      <p>
        <Link to={paths.forgotPassword}>{t('auth.forgotPasswordLink')}</Link>
      </p>
      <div className="form-actions">
        <Button type="submit" busy={signIn.isPending}>
          {t('auth.signIn')}
        </Button>
      </div>
    </form>
  );
}
