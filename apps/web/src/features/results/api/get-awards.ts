import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type AwardsOverview = Schemas['AwardsOverviewDto'];
export type Award = Schemas['AwardDto'];
export type Publication = Schemas['PublicationDto'];

/** The publication state (with what blocks sealing) and every award with its winners, suggestions and undecided cuts. */
export const getAwards = (competitionId: string) => unwrap(api.GET('/api/competitions/{id}/awards', { params: { path: { id: competitionId } } }));

export const useAwards = (competitionId: string) => useQuery({ queryKey: queryKeys.results.awards(competitionId), queryFn: () => getAwards(competitionId) });
