import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { CheckEmail } from '../../features/auth/components/check-email';
import { SignUpForm } from '../../features/auth/components/sign-up-form';
import { paths } from '../paths';
import { safeNext, signInThenTo } from '../../features/auth/utils/role-home';
import { useCountryNames } from '../../api/get-countries';

export function SignUpRoute() {
  const { t } = useTranslation();
  const countries = useCountryNames();
  // where the visitor was going (e.g. a new entry for a competition): the sign-in link keeps it
  const next = safeNext(useSearchParams()[0].get('next'));
  // after sending: "check your email"; the form stays mounted (hidden) so that "start again" keeps what was typed
  const [sentTo, setSentTo] = useState<string | null>(null);

  function startAgain() {
    setSentTo(null);
    requestAnimationFrame(() => document.getElementById('su-email')?.focus());
  }

  return (
    <Page title={sentTo ? t('auth.checkEmail.title') : t('auth.signUpTitle')} lead={sentTo ? undefined : t('auth.signUpLead')}>
      <div className="narrow">
        {sentTo ? <CheckEmail email={sentTo} onStartAgain={startAgain} /> : null}
        <div hidden={Boolean(sentTo)}>
          {countries.query.isPending ? (
            <Loading />
          ) : countries.query.isError ? (
            <ErrorNotice error={countries.query.error} onRetry={() => void countries.query.refetch()} />
          ) : (
            <SignUpForm countries={countries.list} onSubmitted={(answer) => setSentTo(answer.email)} />
          )}
          <p className="after-form">
            {t('auth.haveAccount')} <Link to={next ? signInThenTo(next) : paths.signIn}>{t('auth.signIn')}</Link>
          </p>
        </div>
      </div>
    </Page>
  );
}
