import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { Ballot } from './get-ballot';
import { queryKeys } from '../../../api/query-keys';

/** Votes for a finalist in a category, replacing the caller's earlier vote there (verified email, inside the window). */
export const castVote = (competitionId: string, categoryId: string, entryId: string) =>
  unwrap(api.PUT('/api/competitions/{id}/votes/{categoryId}', { params: { path: { id: competitionId, categoryId } }, body: { entryId } }));

export function useCastVote(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ categoryId, entryId }: { categoryId: string; entryId: string }) => castVote(competitionId, categoryId, entryId),
    onSuccess: (vote) => {
      // the ballot shows the new vote at once; then it is read again for anything else that moved
      qc.setQueryData<Ballot>(queryKeys.voting.ballot(competitionId), (b) =>
        b ? { ...b, categories: b.categories.map((c) => (c.categoryId === vote.categoryId ? { ...c, myVote: vote.entryId } : c)) } : b,
      );
      void qc.invalidateQueries({ queryKey: queryKeys.voting.ballot(competitionId) });
    },
  });
}
