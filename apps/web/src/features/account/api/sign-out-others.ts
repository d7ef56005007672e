import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** Signs out every device but this one. */
export const signOutOthers = () => unwrap(api.POST('/api/auth/sessions/sign-out-others'));

export function useSignOutOthers() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: signOutOthers, onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.account.sessions() }) });
}
