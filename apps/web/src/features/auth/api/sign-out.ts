import { useMutation, useQueryClient } from '@tanstack/react-query';
import { hasPrefix, queryKeys } from '../../../api/query-keys';
import { api, unwrap } from '../../../lib/api-client';

export const signOut = () => unwrap(api.POST('/api/auth/sign-out'));

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      qc.removeQueries({ predicate: (q) => !hasPrefix(q.queryKey, queryKeys.auth.all()) });
      qc.setQueryData(queryKeys.auth.me(), null);
    },
  });
}
