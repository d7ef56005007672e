import { api, unwrap } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

/** Promotes national round entries to the final, in the confirmed order, within the country's quota. */
export const promoteEntries = (roundId: string, roundEntryIds: string[]) =>
  unwrap(api.POST('/api/rounds/{id}/promotions', { params: { path: { id: roundId } }, body: { roundEntryIds } }));

export const usePromoteEntries = (roundId: string) => useRoundMutation(roundId, (roundEntryIds: string[]) => promoteEntries(roundId, roundEntryIds));
