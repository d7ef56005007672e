import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import type { TFunction } from '../../../lib/translator';
import { checkPasswordRules, PASSWORD_MIN_LENGTH, passwordProblem } from '@clapper/domain/password-policy';
import { AccountsReason, problem } from '@clapper/domain/refusals';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormField } from '../../../components/ui/form-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage, problemText } from '../../../lib/error-message';
import { fieldErrorsFrom } from '../../../lib/form-errors';
import { formatRelativeTime } from '../../../lib/format';
import { useChangePassword } from '../api/change-password';

const IDS = { current: 'cp-current', next: 'cp-new', repeat: 'cp-repeat' } as const;
type Problems = Partial<Record<(typeof IDS)[keyof typeof IDS], string[]>>;

/** The server's refusal as problems beside the fields, each with its facts in the reader's language (never the server's English). */
function serverProblems(t: TFunction, lng: string, error: unknown): { problems: Problems; message: string } {
  const wait = isApiError(error) ? error.params.retryAfterSeconds : undefined;
  if (isApiError(error) && error.code === 'too_many_attempts' && typeof wait === 'number') {
    const when = formatRelativeTime(new Date(Date.now() + wait * 1000).toISOString(), lng);
    return { problems: {}, message: t('accountSecurity.password.tooManyAttempts', { when }) };
  }
  const byField = fieldErrorsFrom(error, '', t);
  const problems: Problems = {};
  if (byField.currentPassword) problems[IDS.current] = byField.currentPassword;
  if (byField.newPassword) problems[IDS.next] = byField.newPassword;
  return { problems, message: errorMessage(t, error) };
}

/** Current password, new password twice. On success this device stays signed in and every other one is signed out. */
export function ChangePasswordForm() {
  const { t, i18n } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [local, setLocal] = useState<{ problems: Problems; key: number } | null>(null);

  const server = change.error ? serverProblems(t, i18n.language, change.error) : null;
  const problems: Problems = local?.problems ?? server?.problems ?? {};
  const labels = {
    [IDS.current]: t('accountSecurity.password.current'),
    [IDS.next]: t('accountSecurity.password.new'),
    [IDS.repeat]: t('accountSecurity.password.repeat'),
  };
  const items = Object.entries(problems).map(([id, messages]) => ({
    targetId: id,
    text: `${labels[id as keyof typeof labels]}: ${(messages ?? []).join('; ')}`,
  }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    // what a person can fix before a round trip; the server checks everything again
    const found: Problems = {};
    if (!current) found[IDS.current] = [t('accountSecurity.password.currentRequired')];
    // the rules the server applies but the common-password list (too long to download) and the email address
    const policy = checkPasswordRules(next);
    const say = (p: Parameters<typeof problemText>[1]) => problemText(t, p) ?? t('refusals.field.invalid');
    if (policy.length) found[IDS.next] = policy.map((p) => say(passwordProblem(p)));
    else if (next === current) found[IDS.next] = [say(problem(AccountsReason.SamePassword))];
    if (!found[IDS.next] && repeat !== next) found[IDS.repeat] = [t('accountSecurity.password.mismatch')];
    if (Object.keys(found).length) {
      setLocal({ problems: found, key: Date.now() });
      return;
    }
    setLocal(null);
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
        },
      },
    );
  }

  const showSummary = Boolean(local) || Boolean(change.error);
  const req = t('common.required');
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="password-heading">
      {showSummary ? (
        <ErrorSummary
          title={t('form.errorSummaryTitle')}
          message={local ? t('errors.validation_failed') : server?.message}
          items={items}
          focusKey={local?.key ?? change.error}
        />
      ) : null}
      <div role="status" aria-live="polite">
        {change.isSuccess && !local ? (
          <p className="notice notice-success">
            {t('accountSecurity.password.changed')} {t('accountSecurity.password.othersSignedOut', { count: change.data.signedOut })}
          </p>
        ) : null}
      </div>
      <FormField id={IDS.current} label={labels[IDS.current]} required requiredLabel={req} errors={problems[IDS.current]}>
        {(p) => <input {...p} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />}
      </FormField>
      <FormField
        id={IDS.next}
        label={labels[IDS.next]}
        hint={t('accountSecurity.password.newHint', { min: PASSWORD_MIN_LENGTH })}
        required
        requiredLabel={req}
        errors={problems[IDS.next]}
      >
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
            value={next}
            onChange={(e) => setNext(e.target.value)}
            required
          />
        )}
      </FormField>
      <FormField id={IDS.repeat} label={labels[IDS.repeat]} required requiredLabel={req} errors={problems[IDS.repeat]}>
        {(p) => <input {...p} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={change.isPending}>
          {t('accountSecurity.password.submit')}
        </Button>
      </div>
    </form>
  );
}
