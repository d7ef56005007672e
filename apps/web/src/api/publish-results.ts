import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api-client';
import { hasPrefix, queryKeys } from './query-keys';

/**
 * Publishes sealed results now: the showcase, the teams' results and the certificates open. The answer is the new
 * awards overview; the results pages and the ceremony deck read again (from the awards page or the ceremony's last slide).
 */
export const publishResults = (competitionId: string) =>
  unwrap(api.POST('/api/competitions/{id}/results/publish', { params: { path: { id: competitionId } } }));

export function usePublishResults(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => publishResults(competitionId),
    onSuccess: async (overview) => {
      qc.setQueryData(queryKeys.results.awards(competitionId), overview);
      await Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.results.all(), predicate: (q) => !hasPrefix(q.queryKey, queryKeys.results.awardsAll()) }),
        qc.invalidateQueries({ queryKey: queryKeys.ceremony(competitionId) }),
      ]);
    },
  });
}
