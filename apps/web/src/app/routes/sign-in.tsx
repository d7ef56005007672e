import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { roleHome, safeNext } from '../../features/auth/utils/role-home';
import { paths } from '../paths';

export function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  // set by the reset page: the password was just changed
  const passwordReset = (useLocation().state as { passwordReset?: string } | null)?.passwordReset;
  return (
    <Page title={t('auth.signInTitle')}>
      <div className="narrow">
        {passwordReset ? (
          <p className="notice notice-success" role="status">
            {t('auth.reset.done')}
          </p>
        ) : null}
        <SignInForm onSignedIn={(me) => void navigate(next ?? roleHome(me), { replace: true })} />
        <p className="after-form">
          {/* a visitor on their way somewhere (an entry for a competition) keeps going there after signing up */}
          {t('auth.noAccount')} <Link to={next ? `${paths.signUp}?next=${encodeURIComponent(next)}` : paths.signUp}>{t('auth.signUp')}</Link>
        </p>
      </div>
    </Page>
  );
}
