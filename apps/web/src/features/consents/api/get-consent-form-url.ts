import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** A short-lived link to an uploaded signed form, for the coordinator who verifies it. */
export const getConsentFormUrl = (entryId: string, consentId: string) =>
  unwrap(api.GET('/api/entries/{id}/consents/{consentId}/form', { params: { path: { id: entryId, consentId } } }));

/** Asked again shortly before the link expires, so the link on the page keeps working. */
export function useConsentFormUrl(entryId: string, consentId: string) {
  return useQuery({
    queryKey: queryKeys.entries.consentForm(entryId, consentId),
    queryFn: () => getConsentFormUrl(entryId, consentId),
    refetchOnWindowFocus: false,
    refetchInterval: (query) => {
      const expiresAt = query.state.data ? Date.parse(query.state.data.expiresAt) : NaN;
      return Number.isFinite(expiresAt) ? Math.max(expiresAt - Date.now() - 30_000, 10_000) : false;
    },
  });
}
