import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type GuardianConsentPreview = Schemas['GuardianConsentPreviewDto'];

/** What a guardian's link is about: the member, the entry, the competition and the consent text. */
export const previewGuardianConsent = (token: string) => unwrap(api.POST('/api/guardian-consents/preview', { body: { token } }));

export const guardianConsentQueryOptions = (token: string) =>
  queryOptions({
    queryKey: queryKeys.guardianConsent(token),
    queryFn: () => previewGuardianConsent(token),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });

export const useGuardianConsentPreview = (token: string) => useQuery(guardianConsentQueryOptions(token));
