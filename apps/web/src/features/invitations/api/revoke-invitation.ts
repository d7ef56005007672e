import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export const revokeInvitation = (id: string) => unwrap(api.DELETE('/api/invitations/{id}', { params: { path: { id } } }));

export function useRevokeInvitation() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: revokeInvitation, onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.invitations.all() }) });
}
