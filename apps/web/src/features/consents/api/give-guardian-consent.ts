import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export const giveGuardianConsent = (body: { token: string; guardianName: string; relationship: string }) =>
  unwrap(api.POST('/api/guardian-consents/give', { body: { ...body, agree: true } }));

export function useGiveGuardianConsent(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { guardianName: string; relationship: string }) => giveGuardianConsent({ token, ...body }),
    onSuccess: (preview) => qc.setQueryData(queryKeys.guardianConsent(token), preview),
  });
}
