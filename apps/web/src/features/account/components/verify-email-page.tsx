import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { useConfirmEmail } from '../api/confirm-email';
import { errorMessage } from '../../../lib/error-message';

/**
 * The page of the mailed link (/verify-email/:token). It confirms only when the person presses the button, never
 * on load: mail scanners that open links must not use the single-use token up.
 */
export function VerifyEmailPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const confirm = useConfirmEmail();

  return (
    <Page title={t('account.confirm.title')}>
      <div className="panel narrow stack">
        {confirm.isSuccess && confirm.data.signedIn ? (
          // the link finished a sign-up: the account is ready and this browser is signed in
          <>
            <p className="notice notice-success" role="status">
              {t('account.confirm.signedIn', { email: confirm.data.email })}
            </p>
            <p>
              <Link className="btn btn-primary" to={paths.home}>
                {t('account.confirm.continue')}
              </Link>
            </p>
          </>
        ) : confirm.isSuccess ? (
          <>
            <p className="notice notice-success" role="status">
              {t('account.confirm.done', { email: confirm.data.email })}
            </p>
            <p>{t('account.confirm.next')}</p>
            <p>
              <Link to={paths.home}>{t('account.confirm.home')}</Link>
            </p>
          </>
        ) : (
          <>
            <p>{t('account.confirm.lead')}</p>
            {confirm.isError ? (
              <div className="notice notice-error" role="alert">
                <p className="notice-title">{t('account.confirm.failed')}</p>
                <p>{errorMessage(t, confirm.error)}</p>
                <p>
                  <Link to={paths.signIn}>{t('account.confirm.signIn')}</Link>
                </p>
              </div>
            ) : null}
            <div>
              <Button busy={confirm.isPending} onClick={() => confirm.mutate(token)}>
                {t('account.confirm.button')}
              </Button>
            </div>
          </>
        )}
      </div>
    </Page>
  );
}
