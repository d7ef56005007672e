import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { hasPrefix, queryKeys } from '../../../api/query-keys';

/** Seals the results from ceremony mode's "seal first" offer; the deck is fetched again and the ceremony starts. */
export const sealForCeremony = (competitionId: string) => unwrap(api.POST('/api/competitions/{id}/results/seal', { params: { path: { id: competitionId } } }));

export function useSealForCeremony(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => sealForCeremony(competitionId),
    onSuccess: async (overview) => {
      qc.setQueryData(queryKeys.results.awards(competitionId), overview);
      await Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.results.all(), predicate: (q) => !hasPrefix(q.queryKey, queryKeys.results.awardsAll()) }),
        qc.invalidateQueries({ queryKey: queryKeys.ceremony(competitionId) }),
      ]);
    },
  });
}
