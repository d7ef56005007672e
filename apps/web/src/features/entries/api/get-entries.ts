import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type EntrySummary = Schemas['EntrySummaryDto'];

/** The entries the viewer may see: their own, their school's, or (with `country`) a coordinator's country. */
export const getEntries = (query: { country?: string; competitionId?: string } = {}) => unwrap(api.GET('/api/entries', { params: { query } }));

export const entriesQueryOptions = (query: { country?: string } = {}) =>
  queryOptions({ queryKey: queryKeys.entries.list(query.country), queryFn: () => getEntries(query) });

export const useEntries = (query: { country?: string } = {}) => useQuery(entriesQueryOptions(query));
