import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type TieDecisionInput = Schemas['TieDecisionInputDto'];

/** Records the organisers' order of tied entries (best first) with the reason; answers the new results. */
export const decideTie = (roundId: string, body: TieDecisionInput) =>
  unwrap(api.POST('/api/rounds/{id}/tie-decisions', { params: { path: { id: roundId } }, body }));

export function useDecideTie(roundId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TieDecisionInput) => decideTie(roundId, body),
    onSuccess: async (data) => {
      qc.setQueryData(queryKeys.results.round(roundId), data);
      await qc.invalidateQueries({ queryKey: queryKeys.results.all() });
    },
  });
}
