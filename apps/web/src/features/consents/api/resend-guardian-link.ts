import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** Emails a fresh link to the address given last time (the older link stops working); a few times an hour at most. */
export const resendGuardianLink = (entryId: string, memberId: string) =>
  unwrap(api.POST('/api/entries/{id}/members/{memberId}/guardian-link/resend', { params: { path: { id: entryId, memberId } } }));

export function useResendGuardianLink(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => resendGuardianLink(entryId, memberId),
    onSuccess: (entry) => qc.setQueryData(queryKeys.entries.one(entryId), entry),
  });
}
