import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type RoundResults = Schemas['RoundResultsDto'];
export type EntryResult = Schemas['EntryResultDto'];
export type TieBreak = Schemas['TieBreakDto'];

/** A round's results with the options they were computed with, the method in words, and the recorded tie decisions. */
export const getRoundResults = (roundId: string) => unwrap(api.GET('/api/rounds/{id}/results', { params: { path: { id: roundId } } }));

export const useRoundResults = (roundId: string) =>
  useQuery({ queryKey: queryKeys.results.round(roundId), queryFn: () => getRoundResults(roundId), enabled: Boolean(roundId) });
