import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { PASSWORD_MIN_LENGTH } from '@clapper/domain/password-policy';
import { AccountsReason } from '@clapper/domain/refusals';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FormField } from '../../../components/ui/form-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { useResetPassword } from '../api/reset-password';

/** The reset link's page: a new password, typed twice, under the same rules as at sign-up. */
export function ResetPasswordForm({ token, onDone }: { token: string; onDone: (email: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const reset = useResetPassword();
  const fields = useMemo(
    () => ({ password: { id: 'rp-password', label: t('auth.reset.newPassword') }, again: { id: 'rp-again', label: t('auth.reset.confirmPassword') } }),
    [t],
  );
  const { byInput, summary } = useFormProblems(reset.error, fields, { local });
  // the link itself is refused (used, replaced or expired): a new one is needed, not a new password
  const linkProblem = !isApiError(reset.error)
    ? null
    : reset.error.reason === AccountsReason.ResetLinkExpired || reset.error.reason === AccountsReason.ResetLinkInvalid
      ? errorMessage(t, reset.error)
      : reset.error.fields.some((f) => f.field === 'token')
        ? t('refusals.accounts.reset_link_invalid')
        : null;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<string, string[]> = {};
    if ([...password].length < PASSWORD_MIN_LENGTH) errors[fields.password.id] = [t('auth.passwordTooShort', { min: PASSWORD_MIN_LENGTH })];
    else if (password !== again) errors[fields.again.id] = [t('auth.reset.mismatch')];
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    reset.mutate({ token, password }, { onSuccess: (done) => onDone(done.email) });
  }

  if (linkProblem)
    return (
      <div className="notice notice-error" role="alert">
        <p className="notice-title">{linkProblem}</p>
        <p>
          <Link to={paths.forgotPassword}>{t('auth.reset.askAgain')}</Link>
        </p>
      </div>
    );

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ProblemSummary summary={summary} />
      <FormField
        id="rp-password"
        label={t('auth.reset.newPassword')}
        hint={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        required
        requiredLabel={t('common.required')}
        errors={byInput['rp-password']}
      >
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        )}
      </FormField>
      <FormField id="rp-again" label={t('auth.reset.confirmPassword')} required requiredLabel={t('common.required')} errors={byInput['rp-again']}>
        {(p) => <input {...p} type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} required />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={reset.isPending}>
          {t('auth.reset.submit')}
        </Button>
      </div>
    </form>
  );
}
