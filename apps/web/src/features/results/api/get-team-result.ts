import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type TeamResult = Schemas['TeamResultDto'];

/** The team's results: only the state while sealed; ranks, awards, feedback and certificates once published. */
export const getTeamResult = (entryId: string) => unwrap(api.GET('/api/entries/{id}/result', { params: { path: { id: entryId } } }));

export const useTeamResult = (entryId: string) =>
  useQuery({
    queryKey: queryKeys.results.team(entryId),
    queryFn: () => getTeamResult(entryId),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });

/** Where a certificate is downloaded, in one language. */
export const certificateHref = (entryId: string, cert: { kind: string; awardId: string | null }, lang: string) =>
  cert.kind === 'award' && cert.awardId
    ? `/api/entries/${encodeURIComponent(entryId)}/certificates/awards/${encodeURIComponent(cert.awardId)}?lang=${encodeURIComponent(lang)}`
    : `/api/entries/${encodeURIComponent(entryId)}/certificates/participation?lang=${encodeURIComponent(lang)}`;
