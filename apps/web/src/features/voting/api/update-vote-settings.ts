import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { updateCompetition } from '../../../api/update-competition';

export interface VoteSettingsInput {
  audienceVoting: boolean;
  votingOpensAt: string | null;
  votingClosesAt: string | null;
  audienceWeight: number;
}

/** Sets the audience vote of a competition: on or off, its window, and its share of the final score. */
export const updateVoteSettings = (competitionId: string, body: VoteSettingsInput) => updateCompetition(competitionId, body);

export function useUpdateVoteSettings(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: VoteSettingsInput) => updateVoteSettings(competitionId, body),
    // every page showing the competition, and the ballot
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: queryKeys.competitions.all() }), qc.invalidateQueries({ queryKey: queryKeys.voting.all() })]),
  });
}
