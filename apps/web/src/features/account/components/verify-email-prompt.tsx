import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { formatDateTime } from '../../../lib/format';
import { useRequestVerification } from '../api/request-verification';
import { errorMessage } from '../../../lib/error-message';

/** "Verify your email": sends the signed-in user a verification link, and says where it went and until when it works. */
export function VerifyEmailPrompt() {
  const { t, i18n } = useTranslation();
  const send = useRequestVerification();
  return (
    <div className="verify-prompt stack">
      <div>
        <Button variant={send.isSuccess ? 'secondary' : 'primary'} busy={send.isPending} onClick={() => send.mutate()}>
          {send.isSuccess ? t('account.verify.sendAgain') : t('account.verify.send')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {send.isPending ? <p className="muted">{t('account.verify.sending')}</p> : null}
        {send.isSuccess ? (
          <p className="notice notice-success">
            {t('account.verify.sent', { email: send.data.sentTo, until: formatDateTime(send.data.expiresAt, i18n.language) })}
          </p>
        ) : null}
      </div>
      {send.isError ? (
        <p className="notice notice-error" role="alert">
          {errorMessage(t, send.error)}
        </p>
      ) : null}
    </div>
  );
}
