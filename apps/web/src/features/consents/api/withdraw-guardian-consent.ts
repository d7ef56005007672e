import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export const withdrawGuardianConsent = (token: string) => unwrap(api.POST('/api/guardian-consents/withdraw', { body: { token } }));

export function useWithdrawGuardianConsent(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => withdrawGuardianConsent(token),
    onSuccess: (preview) => qc.setQueryData(queryKeys.guardianConsent(token), preview),
  });
}
