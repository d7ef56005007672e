import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useTranslation } from '../../../lib/use-translation';
import { Page } from '../../../components/ui/page';
import { ChangePasswordForm } from './change-password-form';
import { SessionsList } from './sessions-list';
import './account-security.css';

/** The account's security page (from the account link in the header): its devices, and a new password. */
export function AccountSecurityPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('accountSecurity.title')} lead={t('accountSecurity.lead')}>
      <div className="account-security stack">
        <SessionsList />
        <section className="stack" aria-labelledby="password-heading">
          <h2 id="password-heading">{t('accountSecurity.password.title')}</h2>
          <p className="muted">{t('accountSecurity.password.lead')}</p>
          <ChangePasswordForm />
        </section>
        <section className="stack" aria-labelledby="notifications-heading">
          <h2 id="notifications-heading">{t('notifications.fromSecurity.title')}</h2>
          <p className="muted">{t('notifications.fromSecurity.lead')}</p>
          <p>
            <Link to={paths.me.notificationSettings}>{t('notifications.fromSecurity.link')}</Link>
          </p>
        </section>
      </div>
    </Page>
  );
}
