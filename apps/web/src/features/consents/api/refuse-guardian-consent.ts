import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@clapper/domain/locales';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';
import type { ReadText } from './give-guardian-consent';

/** The guardian answers "I do not agree" to the text they read; the team is told. */
export const refuseGuardianConsent = (token: string, read: ReadText) =>
  unwrap(api.POST('/api/guardian-consents/refuse', { body: { token, agree: false, ...read } }));

export function useRefuseGuardianConsent(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (read: ReadText) => refuseGuardianConsent(token, read),
    onSuccess: (preview) => {
      // the answer in other languages' pages is out of date too: stale, fetched again when one is shown
      void qc.invalidateQueries({ queryKey: queryKeys.guardianConsent(token), refetchType: 'none' });
      qc.setQueryData(queryKeys.guardianConsent(token, preview.language as Locale), preview);
    },
  });
}
