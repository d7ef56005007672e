import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';

/**
 * A change to one round: when it succeeds, everything known about the round (settings, panel, assignments,
 * progress, ranking) and the round lists are marked stale, so every section shows the new state.
 */
export function useRoundMutation<TVariables, TData>(roundId: string, mutationFn: (variables: TVariables) => Promise<TData>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([qc.invalidateQueries({ queryKey: queryKeys.rounds.scope(roundId) }), qc.invalidateQueries({ queryKey: queryKeys.rounds.lists() })]);
    },
  });
}
