import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap } from '../../../lib/api-client';

/** Confirms an address with the token from the mailed link; works signed in or not. */
export const confirmEmail = (token: string) => unwrap(api.POST('/api/auth/email-verification/confirm', { body: { token } }));

export function useConfirmEmail() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: confirmEmail,
    // the account and anything that depends on it, like a ballot, now see a verified address
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.auth.me() }), qc.invalidateQueries({ queryKey: queryKeys.voting.all() })]),
  });
}
