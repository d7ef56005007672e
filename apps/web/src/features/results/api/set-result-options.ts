import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type ResultOptionsInput = Schemas['ResultOptionsDto'];

/** Sets how the round's results are computed (normalisation, trimmed mean, the tie-break chain in order); answers the new results. */
export const setResultOptions = (roundId: string, body: ResultOptionsInput) =>
  unwrap(api.PUT('/api/rounds/{id}/result-options', { params: { path: { id: roundId } }, body }));

export function useSetResultOptions(roundId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ResultOptionsInput) => setResultOptions(roundId, body),
    onSuccess: async (data) => {
      qc.setQueryData(queryKeys.results.round(roundId), data);
      await qc.invalidateQueries({ queryKey: queryKeys.results.all() });
    },
  });
}
