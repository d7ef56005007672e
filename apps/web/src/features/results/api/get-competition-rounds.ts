import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type ResultsRound = Schemas['RoundDto'];

/** The competition's rounds (with their rubrics), the final first, then national rounds by country. */
export const getCompetitionRounds = async (competitionId: string) => {
  const rounds = await unwrap(api.GET('/api/rounds', { params: { query: { competitionId } } }));
  return [...rounds].sort((a, b) => (a.kind === b.kind ? (a.countryCode ?? '').localeCompare(b.countryCode ?? '') : a.kind === 'final' ? -1 : 1));
};

export const useCompetitionRounds = (competitionId: string) =>
  useQuery({ queryKey: ['rounds', 'list', competitionId, 'results'] as const, queryFn: () => getCompetitionRounds(competitionId) });
