import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@clapper/domain/locales';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export const withdrawGuardianConsent = (token: string, language: Locale) => unwrap(api.POST('/api/guardian-consents/withdraw', { body: { token, language } }));

export function useWithdrawGuardianConsent(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (language: Locale) => withdrawGuardianConsent(token, language),
    onSuccess: (preview) => {
      // the answer in other languages' pages is out of date too: stale, fetched again when one is shown
      void qc.invalidateQueries({ queryKey: queryKeys.guardianConsent(token), refetchType: 'none' });
      qc.setQueryData(queryKeys.guardianConsent(token, preview.language as Locale), preview);
    },
  });
}
