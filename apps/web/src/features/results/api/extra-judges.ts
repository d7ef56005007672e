import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type ExtraJudgesInput = Schemas['ExtraJudgesInputDto'];
export type ExtraJudges = Schemas['ExtraJudgesDto'];

/** One more judge on entries too close to call, or across parts that never meet: proposed, or added with `apply`. */
export const extraJudges = (roundId: string, body: ExtraJudgesInput) =>
  unwrap(api.POST('/api/rounds/{id}/assignments/extra', { params: { path: { id: roundId } }, body }));

export function useExtraJudges(roundId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ExtraJudgesInput) => extraJudges(roundId, body),
    onSuccess: async (data) => {
      if (!data.applied) return;
      await qc.invalidateQueries({ queryKey: queryKeys.rounds.scope(roundId) });
      await qc.invalidateQueries({ queryKey: queryKeys.results.all() });
    },
  });
}
