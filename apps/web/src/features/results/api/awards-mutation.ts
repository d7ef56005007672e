import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AwardsOverview } from './get-awards';
import { hasPrefix, queryKeys } from '../../../api/query-keys';

/** A change to the awards or their publication: every such endpoint answers the new overview, which replaces the cached one. */
export function useAwardsMutation<TVariables>(competitionId: string, mutationFn: (variables: TVariables) => Promise<AwardsOverview>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (data) => {
      qc.setQueryData(queryKeys.results.awards(competitionId), data);
      await qc.invalidateQueries({ queryKey: queryKeys.results.all(), predicate: (q) => !hasPrefix(q.queryKey, queryKeys.results.awardsAll()) });
    },
  });
}
