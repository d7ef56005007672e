import { api, unwrap } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

/** Opens judging; a national round takes in its country's eligible entries. */
export const openRound = (roundId: string) => unwrap(api.POST('/api/rounds/{id}/open', { params: { path: { id: roundId } } }));

export const useOpenRound = (roundId: string) => useRoundMutation(roundId, () => openRound(roundId));
