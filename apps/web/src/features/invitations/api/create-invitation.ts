import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type CreateInvitationInput = Schemas['CreateInvitationDto'];

export const createInvitation = (body: CreateInvitationInput) => unwrap(api.POST('/api/invitations', { body }));

export function useCreateInvitation() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createInvitation, onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.invitations.all() }) });
}
