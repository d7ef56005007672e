import { useQuery } from '@tanstack/react-query';
import { roundsQueryOptions, type Round } from '../../../api/get-rounds';

export type ResultsRound = Round;

/** The final first, then national rounds by country. */
const finalFirst = (rounds: Round[]) =>
  [...rounds].sort((a, b) => (a.kind === b.kind ? (a.countryCode ?? '').localeCompare(b.countryCode ?? '') : a.kind === 'final' ? -1 : 1));

/** The competition's rounds (with their rubrics), in the order the results pages list them; the rounds pages share the cache. */
export const useCompetitionRounds = (competitionId: string) => useQuery({ ...roundsQueryOptions(competitionId), select: finalFirst });
