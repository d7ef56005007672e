import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
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

/** What a page that failed shows: the translated apology and the way home, never the error's own words. */
function RouteError() {
  const { t } = useTranslation();
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

/**
 * Shown when a page throws while rendering, or its chunk fails to load: never a blank screen. A new `resetKey` (the
 * address) lets the next page render again.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, { failed: boolean; resetKey?: string }> {
  override state = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey?: string }, state: { resetKey?: string }) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
