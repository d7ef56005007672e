import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { errorMessage } from '../../lib/error-message';
import { Button } from './button';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function ErrorNotice({ error, title, onRetry, children }: { error?: unknown; title?: string; onRetry?: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title ?? t('common.errorTitle')}</p>
      {error !== undefined ? <p>{errorMessage(t, error)}</p> : null}
      {children}
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </div>
  );
}

export function Notice({ tone = 'info', children }: { tone?: 'info' | 'success'; children: ReactNode }) {
  return (
    <div className={`notice notice-${tone}`} role="status">
      {children}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
