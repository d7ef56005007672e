import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type CreateCompetitionInput = Schemas['CreateCompetitionDto'];

export const createCompetition = (body: CreateCompetitionInput) => unwrap(api.POST('/api/competitions', { body }));

export function useCreateCompetition() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createCompetition, onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.competitions.all() }) });
}
