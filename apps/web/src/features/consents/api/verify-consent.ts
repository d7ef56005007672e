import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** A coordinator accepts or rejects (with a reason) an uploaded signed consent form. */
export const verifyConsent = (entryId: string, consentId: string, body: Schemas['VerifyConsentDto']) =>
  unwrap(api.POST('/api/entries/{id}/consents/{consentId}/verify', { params: { path: { id: entryId, consentId } }, body }));

export function useVerifyConsent(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, body }: { consentId: string; body: Schemas['VerifyConsentDto'] }) => verifyConsent(entryId, consentId, body),
    onSuccess: (entry) => qc.setQueryData(queryKeys.entries.one(entryId), entry),
  });
}
