import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../lib/api-client';
import { queryKeys } from './query-keys';

export type CompetitionSummary = Schemas['CompetitionSummaryDto'];

/** Published competitions for the public; organisers also get drafts. */
export const getCompetitions = () => unwrap(api.GET('/api/competitions'));

export const competitionsQueryOptions = () => queryOptions({ queryKey: queryKeys.competitions.list(), queryFn: getCompetitions });

export const useCompetitions = () => useQuery(competitionsQueryOptions());
