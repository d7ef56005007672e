import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type CompetitionSummary = Schemas['CompetitionSummaryDto'];

/** Published competitions for the public; organisers also get drafts. */
export const getCompetitions = () => unwrap(api.GET('/api/competitions'));

export const competitionsQueryKey = ['competitions'] as const;

export const competitionsQueryOptions = () => queryOptions({ queryKey: competitionsQueryKey, queryFn: getCompetitions });

export const useCompetitions = () => useQuery(competitionsQueryOptions());
