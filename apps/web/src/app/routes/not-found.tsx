import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

/** Shown when a route throws while rendering: never a blank screen. */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  console.error(error);
  return (
    <Page title={t('common.errorTitle')}>
      <div className="notice notice-error" role="alert">
        <p>{t('errors.unknown')}</p>
        <p>
          <a href="/">{t('notFound.home')}</a>
        </p>
      </div>
    </Page>
  );
}
