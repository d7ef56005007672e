import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { ApiError } from '../../lib/api-client';

/**
 * An entry's page (the team's workspace, the review queue) while the entry loads or fails: a loading page, or the
 * error with the page's way back; an entry the reader may not see (403, 404) says so, with no retry.
 */
export function EntryPageState({ query, back }: { query: { isPending: boolean; error: unknown; refetch: () => unknown }; back: ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending)
    return (
      <Page title={t('entries.workspaceTitle')}>
        <Loading />
      </Page>
    );
  const notFound = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403);
  return (
    <Page title={notFound ? t('entries.notFoundTitle') : t('entries.workspaceTitle')}>
      <ErrorNotice
        error={notFound ? undefined : query.error}
        title={notFound ? t('entries.notFoundText') : undefined}
        onRetry={notFound ? undefined : () => void query.refetch()}
      >
        <p>{back}</p>
      </ErrorNotice>
    </Page>
  );
}
