import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type RoundTemplatesPreview = Schemas['RoundTemplatesPreviewDto'];

const previewKey = (competitionId: string) => [...queryKeys.rounds.lists(), 'templates', competitionId] as const;

/** What each round template would create now (organisers). */
export const getRoundTemplates = (competitionId: string) => unwrap(api.GET('/api/round-templates', { params: { query: { competitionId } } }));

export const roundTemplatesQueryOptions = (competitionId: string) =>
  queryOptions({ queryKey: previewKey(competitionId), queryFn: () => getRoundTemplates(competitionId) });

export const useRoundTemplates = (competitionId: string, enabled = true) => useQuery({ ...roundTemplatesQueryOptions(competitionId), enabled });

/** Creates the national round of every participating country that has none (none the second time). */
export const createNationalRounds = (competitionId: string) => unwrap(api.POST('/api/round-templates/national', { body: { competitionId } }));

/** Creates the regional final with a quota per country. */
export const createFinalRound = (competitionId: string, countryQuota: number) =>
  unwrap(api.POST('/api/round-templates/final', { body: { competitionId, countryQuota } }));

/** Either template; the rounds lists (and the templates' preview, listed under them) are stale after. */
function useTemplateMutation<TVariables, TData>(mutationFn: (v: TVariables) => Promise<TData>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.rounds.lists() }) });
}

export const useCreateNationalRounds = () => useTemplateMutation(createNationalRounds);
export const useCreateFinalRound = () =>
  useTemplateMutation(({ competitionId, countryQuota }: { competitionId: string; countryQuota: number }) => createFinalRound(competitionId, countryQuota));
