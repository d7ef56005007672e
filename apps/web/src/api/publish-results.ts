import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api-client';
import { hasPrefix, queryKeys } from './query-keys';

/**
 * Publishes sealed results now: the showcase, the teams' results and the certificates open. The answer is the new
 * awards overview; the results pages and the ceremony deck read again (from the awards page or the ceremony's last slide).
 */
export const publishResults = (competitionId: string, confirmGaps = false) =>
  unwrap(api.POST('/api/competitions/{id}/results/publish', { params: { path: { id: competitionId } }, body: { confirmGaps } }));

export function usePublishResults(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    /** `confirmGaps`: publish even though some texts miss a translation (refused otherwise with competitions.translation_gaps) */
    mutationFn: (o: { confirmGaps?: boolean } | void) => publishResults(competitionId, o?.confirmGaps ?? false),
    onSuccess: async (overview) => {
      qc.setQueryData(queryKeys.results.awards(competitionId), overview);
      await Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.results.all(), predicate: (q) => !hasPrefix(q.queryKey, queryKeys.results.awardsAll()) }),
        qc.invalidateQueries({ queryKey: queryKeys.ceremony(competitionId) }),
        qc.invalidateQueries({ queryKey: queryKeys.competitions.translations(competitionId) }),
      ]);
    },
  });
}
