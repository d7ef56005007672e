import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** The team records that the member agreed to the participant consent text shown to them. */
export const recordConsent = (entryId: string, memberId: string) =>
  unwrap(api.POST('/api/entries/{id}/members/{memberId}/consent', { params: { path: { id: entryId, memberId } }, body: { agree: true } }));

export function useRecordConsent(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => recordConsent(entryId, memberId),
    onSuccess: (entry) => qc.setQueryData(queryKeys.entries.one(entryId), entry),
  });
}
