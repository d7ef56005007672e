import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Entry = Schemas['EntryDto'];
export type EntryMember = Schemas['MemberDto'];
export type SubmissionProblem = Schemas['SubmissionProblemDto'];

export const getEntry = (id: string) => unwrap(api.GET('/api/entries/{id}', { params: { path: { id } } }));

export const entryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: queryKeys.entries.one(id),
    queryFn: () => getEntry(id),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });

export const useEntry = (id: string) => useQuery(entryQueryOptions(id));
