import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

export interface VoteSettingsInput {
  audienceVoting: boolean;
  votingOpensAt: string | null;
  votingClosesAt: string | null;
  audienceWeight: number;
}

/** Sets the audience vote of a competition: on or off, its window, and its share of the final score. */
export const updateVoteSettings = (competitionId: string, body: VoteSettingsInput) =>
  unwrap(api.PATCH('/api/competitions/{id}', { params: { path: { id: competitionId } }, body }));

export function useUpdateVoteSettings(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: VoteSettingsInput) => updateVoteSettings(competitionId, body),
    // the competition is cached by the competitions feature under ['competitions', …], and the ballot here
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['competitions'] }), qc.invalidateQueries({ queryKey: ['voting'] })]),
  });
}
