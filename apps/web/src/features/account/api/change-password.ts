import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type ChangePasswordInput = Schemas['ChangePasswordDto'];

/** Changes the password with the current one; every other device is signed out, this one stays. */
export const changePassword = (body: ChangePasswordInput) => unwrap(api.PUT('/api/auth/me/password', { body }));

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: changePassword, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.account.sessions() }) });
}
