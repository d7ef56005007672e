import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { Ballot } from './get-ballot';
import { queryKeys } from '../../../api/query-keys';

/** Takes back the caller's vote in a category (inside the window). */
export const withdrawVote = (competitionId: string, categoryId: string) =>
  unwrap(api.DELETE('/api/competitions/{id}/votes/{categoryId}', { params: { path: { id: competitionId, categoryId } } }));

export function useWithdrawVote(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (categoryId: string) => withdrawVote(competitionId, categoryId),
    onSuccess: (_, categoryId) => {
      qc.setQueryData<Ballot>(queryKeys.voting.ballot(competitionId), (b) =>
        b ? { ...b, categories: b.categories.map((c) => (c.categoryId === categoryId ? { ...c, myVote: null } : c)) } : b,
      );
      void qc.invalidateQueries({ queryKey: queryKeys.voting.ballot(competitionId) });
    },
  });
}
