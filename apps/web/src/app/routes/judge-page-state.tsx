import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { ApiError } from '../../lib/api-client';

export interface JudgePageStateProps {
  title: string;
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  /** said instead of the error when the API answers 404 (not on the panel, or not assigned) */
  notFoundText: string;
  back: { to: string; label: string };
}

/**
 * A judge's page while its main query loads or fails: a loading page, or the error with a way back (a 404 says
 * what it means for a judge, with no retry). Null once the data is there.
 */
export function JudgePageState({ title, query, notFoundText, back }: JudgePageStateProps): ReactNode {
  if (query.isPending)
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  if (!query.isError) return null;
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return (
    <Page title={title}>
      <ErrorNotice
        error={notFound ? undefined : query.error}
        title={notFound ? notFoundText : undefined}
        onRetry={notFound ? undefined : () => void query.refetch()}
      >
        <p>
          <Link to={back.to}>{back.label}</Link>
        </p>
      </ErrorNotice>
    </Page>
  );
}
