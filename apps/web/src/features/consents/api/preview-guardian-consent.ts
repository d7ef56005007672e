import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Locale } from '@clapper/domain/locales';
import { api, ApiError, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type GuardianConsentPreview = Schemas['GuardianConsentPreviewDto'];

/** What a guardian's link is about: the member, the entry, the competition and the consent text in the page's language. */
export const previewGuardianConsent = (token: string, language: Locale) => unwrap(api.POST('/api/guardian-consents/preview', { body: { token, language } }));

export const guardianConsentQueryOptions = (token: string, language: Locale) =>
  queryOptions({
    queryKey: queryKeys.guardianConsent(token, language),
    queryFn: () => previewGuardianConsent(token, language),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });

export const useGuardianConsentPreview = (token: string, language: Locale) => useQuery(guardianConsentQueryOptions(token, language));
