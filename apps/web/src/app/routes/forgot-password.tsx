import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ForgotPasswordForm } from '../../features/auth/components/forgot-password-form';

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('auth.forgot.title')} lead={t('auth.forgot.lead')}>
      <div className="narrow">
        <ForgotPasswordForm />
      </div>
    </Page>
  );
}
