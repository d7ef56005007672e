import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { ballotQueryKey, type Ballot } from './get-ballot';

/** Takes back the caller's vote in a category (inside the window). */
export const withdrawVote = (competitionId: string, categoryId: string) =>
  unwrap(api.DELETE('/api/competitions/{id}/votes/{categoryId}', { params: { path: { id: competitionId, categoryId } } }));

export function useWithdrawVote(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (categoryId: string) => withdrawVote(competitionId, categoryId),
    onSuccess: (_, categoryId) => {
      qc.setQueryData<Ballot>(ballotQueryKey(competitionId), (b) =>
        b ? { ...b, categories: b.categories.map((c) => (c.categoryId === categoryId ? { ...c, myVote: null } : c)) } : b,
      );
      void qc.invalidateQueries({ queryKey: ballotQueryKey(competitionId) });
    },
  });
}
