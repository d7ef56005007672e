import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useTranslation } from '../lib/use-translation';
import { ErrorNotice, Loading } from '../components/ui/query-state';
import { Page } from '../components/ui/page';
import { useMe, type Me } from '../api/get-me';
import { hasRole } from '../features/auth/utils/role-home';
import { paths } from './paths';

/** Sends visitors to sign in, and refuses signed-in accounts without the role (the API refuses them too). */
export function RequireRole({ role, children }: { role?: Me['roles'][number]['role']; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={`${paths.signIn}?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (role && !hasRole(me.data, role))
    return (
      <Page title={t('access.deniedTitle')}>
        <ErrorNotice title={t('access.denied', { role: t(`roles.${role}`) })}>
          <p>
            <Link to={paths.home}>{t('notFound.home')}</Link>
          </p>
        </ErrorNotice>
      </Page>
    );
  return <>{children}</>;
}
