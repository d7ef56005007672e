import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { useAwardsMutation } from './awards-mutation';

export type OverrideWinnersInput = Schemas['OverrideWinnersDto'];

/** Replaces an award's winners (for the best per country: one country's) by hand, with the reason the audit log keeps. */
export const overrideWinners = (awardId: string, body: OverrideWinnersInput) =>
  unwrap(api.PUT('/api/awards/{awardId}/winners', { params: { path: { awardId } }, body }));

export const useOverrideWinners = (competitionId: string) =>
  useAwardsMutation(competitionId, ({ awardId, body }: { awardId: string; body: OverrideWinnersInput }) => overrideWinners(awardId, body));
