import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FormField } from '../../../components/ui/form-field';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { useRequestPasswordReset } from '../api/request-password-reset';

/** "Forgot your password?": an email address in, a link out (if the address has an account: the page cannot tell). */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const request = useRequestPasswordReset();
  const fields = useMemo(() => ({ email: { id: 'fp-email', label: t('auth.email') } }), [t]);
  const { byInput, summary } = useFormProblems(request.error, fields, { local });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
      setLocal({ errors: { [fields.email.id]: [t('auth.emailInvalid')] }, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    request.mutate(email.trim());
  }

  if (request.isSuccess)
    return (
      <div className="panel stack">
        <p className="notice notice-success" role="status">
          {t('auth.forgot.sent', { email: request.data.email })}
        </p>
        <p>{t('auth.forgot.expires')}</p>
        <p>
          <Button variant="link" onClick={() => request.reset()}>
            {t('auth.forgot.again')}
          </Button>
        </p>
        <p>
          <Link to={paths.signIn}>{t('auth.forgot.backToSignIn')}</Link>
        </p>
      </div>
    );

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ProblemSummary summary={summary} />
      <FormField id="fp-email" label={t('auth.email')} errors={byInput['fp-email']}>
        {(p) => <input {...p} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={request.isPending}>
          {t('auth.forgot.submit')}
        </Button>
      </div>
      <p className="after-form">
        <Link to={paths.signIn}>{t('auth.forgot.backToSignIn')}</Link>
      </p>
    </form>
  );
}
