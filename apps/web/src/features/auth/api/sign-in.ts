import { useMutation, useQueryClient } from '@tanstack/react-query';
import { hasPrefix, queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type SignInInput = Schemas['SignInDto'];

export const signIn = (body: SignInInput) => unwrap(api.POST('/api/auth/sign-in', { body }));

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      qc.removeQueries({ predicate: (q) => !hasPrefix(q.queryKey, queryKeys.auth.all()) });
      qc.setQueryData(queryKeys.auth.me(), me);
    },
  });
}
