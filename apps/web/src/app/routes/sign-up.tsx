import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { SignUpForm } from '../../features/auth/components/sign-up-form';
import { roleHome } from '../../features/auth/utils/role-home';
import { paths } from '../paths';
import { useCountryNames } from '../use-country-names';

export function SignUpRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const countries = useCountryNames();
  return (
    <Page title={t('auth.signUpTitle')} lead={t('auth.signUpLead')}>
      <div className="narrow">
        {countries.query.isPending ? (
          <Loading />
        ) : countries.query.isError ? (
          <ErrorNotice error={countries.query.error} onRetry={() => void countries.query.refetch()} />
        ) : (
          <SignUpForm countries={countries.list} onSignedUp={(me) => void navigate(roleHome(me), { replace: true })} />
        )}
        <p className="after-form">
          {t('auth.haveAccount')} <Link to={paths.signIn}>{t('auth.signIn')}</Link>
        </p>
      </div>
    </Page>
  );
}
