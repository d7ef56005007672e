import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';
import type { ReadText } from './give-guardian-consent';

/** The team records that the member agreed to the participant consent text shown to them, in the language and version shown. */
export const recordConsent = (entryId: string, memberId: string, read: ReadText) =>
  unwrap(api.POST('/api/entries/{id}/members/{memberId}/consent', { params: { path: { id: entryId, memberId } }, body: { agree: true, ...read } }));

export function useRecordConsent(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, read }: { memberId: string; read: ReadText }) => recordConsent(entryId, memberId, read),
    onSuccess: (entry) => qc.setQueryData(queryKeys.entries.one(entryId), entry),
  });
}
