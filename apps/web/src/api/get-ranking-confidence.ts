import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../lib/api-client';
import { queryKeys } from './query-keys';

export type RankingConfidence = Schemas['RankingConfidenceDto'];
export type CutoffConfidence = Schemas['CutoffConfidenceDto'];
export type PairConfidence = Schemas['PairConfidenceDto'];
export type JudgeEffect = Schemas['JudgeEffectDto'];

/**
 * How sure the ranking is near its lines (award places, promotion quota), and each judge's estimated effects.
 * Organisers and coordinators only; each look before sealing is recorded in the audit log.
 */
export const getRankingConfidence = (roundId: string) => unwrap(api.GET('/api/rounds/{id}/results/confidence', { params: { path: { id: roundId } } }));

export const useRankingConfidence = (roundId: string) =>
  useQuery({ queryKey: queryKeys.results.confidence(roundId), queryFn: () => getRankingConfidence(roundId), enabled: Boolean(roundId) });
