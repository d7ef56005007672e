import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { meQueryKey } from './get-me';

export type SignUpInput = Schemas['SignUpDto'];

export const signUp = (body: SignUpInput) => unwrap(api.POST('/api/auth/sign-up', { body }));

export function useSignUp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: (me) => qc.setQueryData(meQueryKey, me),
  });
}
