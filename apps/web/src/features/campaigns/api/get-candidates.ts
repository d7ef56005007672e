import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** Works cleared for reuse, with a ready video, that the campaign does not hold yet; q matches part of a code or title. */
export const getCandidates = (id: string, q: string) => unwrap(api.GET('/api/campaigns/{id}/candidates', { params: { path: { id }, query: q ? { q } : {} } }));

export const candidatesQueryOptions = (id: string, q: string) =>
  queryOptions({ queryKey: queryKeys.campaigns.candidates(id, q), queryFn: () => getCandidates(id, q), placeholderData: keepPreviousData });

export const useCandidates = (id: string, q: string, enabled: boolean) => useQuery({ ...candidatesQueryOptions(id, q), enabled });
