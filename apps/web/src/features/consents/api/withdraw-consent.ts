import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export const withdrawConsent = (entryId: string, memberId: string) =>
  unwrap(api.DELETE('/api/entries/{id}/members/{memberId}/consent', { params: { path: { id: entryId, memberId } } }));

export function useWithdrawConsent(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => withdrawConsent(entryId, memberId),
    onSuccess: (entry) => qc.setQueryData(queryKeys.entries.one(entryId), entry),
  });
}
