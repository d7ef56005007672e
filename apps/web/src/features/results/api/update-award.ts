import { api, unwrap } from '../../../lib/api-client';
import { useAwardsMutation } from './awards-mutation';
import type { AwardInput } from './create-award';

/** Changes an award's definition (refused once the results are sealed). */
export const updateAward = (awardId: string, body: AwardInput) => unwrap(api.PUT('/api/awards/{awardId}', { params: { path: { awardId } }, body }));

export const useUpdateAward = (competitionId: string) =>
  useAwardsMutation(competitionId, ({ awardId, body }: { awardId: string; body: AwardInput }) => updateAward(awardId, body));
