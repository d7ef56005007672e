import { useMutation, useQueryClient } from '@tanstack/react-query';
import { hasPrefix, queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type AcceptInvitationInput = Schemas['AcceptInvitationDto'];

export const acceptInvitation = (body: AcceptInvitationInput) => unwrap(api.POST('/api/invitations/accept', { body }));

/** The signed-in account changes (new roles, maybe a new session): the caller stores it via onAccepted. */
export function useAcceptInvitation(onAccepted: (me: Awaited<ReturnType<typeof acceptInvitation>>) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (me) => {
      qc.removeQueries({ predicate: (q) => !hasPrefix(q.queryKey, queryKeys.auth.all()) });
      onAccepted(me);
    },
  });
}
