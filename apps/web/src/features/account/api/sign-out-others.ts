import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { sessionsQueryKey } from './get-sessions';

/** Signs out every device but this one. */
export const signOutOthers = () => unwrap(api.POST('/api/auth/sessions/sign-out-others'));

export function useSignOutOthers() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: signOutOthers, onSettled: () => qc.invalidateQueries({ queryKey: sessionsQueryKey }) });
}
