import { useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ResetPasswordForm } from '../../features/auth/components/reset-password-form';
import { paths } from '../paths';

/** The page of the mailed reset link; once the password is set, the person signs in with it. */
export function ResetPasswordRoute() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page title={t('auth.reset.title')} lead={t('auth.reset.lead')}>
      <div className="narrow">
        <ResetPasswordForm token={token} onDone={(email) => void navigate(paths.signIn, { replace: true, state: { passwordReset: email } })} />
      </div>
    </Page>
  );
}
