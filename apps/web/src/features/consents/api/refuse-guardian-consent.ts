import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** The guardian answers "I do not agree"; the team is told. */
export const refuseGuardianConsent = (token: string) => unwrap(api.POST('/api/guardian-consents/refuse', { body: { token, agree: false } }));

export function useRefuseGuardianConsent(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => refuseGuardianConsent(token),
    onSuccess: (preview) => qc.setQueryData(queryKeys.guardianConsent(token), preview),
  });
}
