import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type CreateRoundInput = Schemas['CreateRoundDto'];

/** Sets up a round in draft; without a rubric the API gives it the default awareness-video rubric. */
export const createRound = (body: CreateRoundInput) => unwrap(api.POST('/api/rounds', { body }));

export function useCreateRound() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createRound, onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.rounds.lists() }) });
}
