import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@clapper/domain/locales';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** What the guardian read: the consent text's language and version, as the page showed them. */
export interface ReadText {
  language: Locale;
  textVersion: string;
}

export const giveGuardianConsent = (body: { token: string; guardianName: string; relationship: string } & ReadText) =>
  unwrap(api.POST('/api/guardian-consents/give', { body: { ...body, agree: true } }));

export function useGiveGuardianConsent(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { guardianName: string; relationship: string } & ReadText) => giveGuardianConsent({ token, ...body }),
    onSuccess: (preview) => {
      // the answer in other languages' pages is out of date too: stale, fetched again when one is shown
      void qc.invalidateQueries({ queryKey: queryKeys.guardianConsent(token), refetchType: 'none' });
      qc.setQueryData(queryKeys.guardianConsent(token, preview.language as Locale), preview);
    },
  });
}
