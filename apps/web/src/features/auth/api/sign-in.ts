import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { meQueryKey } from './get-me';

export type SignInInput = Schemas['SignInDto'];

export const signIn = (body: SignInInput) => unwrap(api.POST('/api/auth/sign-in', { body }));

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      qc.setQueryData(meQueryKey, me);
    },
  });
}
