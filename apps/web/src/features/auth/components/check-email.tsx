import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../lib/error-message';
import { useResendSignUp } from '../api/resend-sign-up';

/**
 * After a sign-up: the email is on its way to `email` (a confirmation link, or, for an address that has an account, a
 * note saying so: the page cannot tell which, and says the same either way).
 */
export function CheckEmail({ email, onStartAgain }: { email: string; onStartAgain: () => void }) {
  const { t } = useTranslation();
  const resend = useResendSignUp();
  return (
    <div className="panel stack">
      <p className="notice notice-success" role="status">
        {t('auth.checkEmail.sent', { email })}
      </p>
      <p>{t('auth.checkEmail.next')}</p>
      <p>{t('auth.checkEmail.spam')}</p>
      {resend.isSuccess ? (
        <p className="notice notice-info" role="status">
          {t('auth.checkEmail.resent')}
        </p>
      ) : null}
      {resend.isError ? (
        <p className="notice notice-error" role="alert">
          {errorMessage(t, resend.error)}
        </p>
      ) : null}
      <div>
        <Button variant="secondary" busy={resend.isPending} onClick={() => resend.mutate(email)}>
          {t('auth.checkEmail.resend')}
        </Button>
      </div>
      <p>
        {t('auth.checkEmail.wrongAddress')}{' '}
        <Button variant="link" onClick={onStartAgain}>
          {t('auth.checkEmail.startAgain')}
        </Button>
      </p>
    </div>
  );
}
