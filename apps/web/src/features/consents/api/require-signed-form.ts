import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** A coordinator asks for the guardian's signed form instead of the email link (which then stops working). */
export const requireSignedForm = (entryId: string, memberId: string) =>
  unwrap(api.POST('/api/entries/{id}/members/{memberId}/guardian-consent/require-form', { params: { path: { id: entryId, memberId } } }));

export function useRequireSignedForm(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => requireSignedForm(entryId, memberId),
    onSuccess: (entry) => qc.setQueryData(queryKeys.entries.one(entryId), entry),
  });
}
