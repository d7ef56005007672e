import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** Signs out one of the user's other devices. */
export const endSession = (id: string) => unwrap(api.DELETE('/api/auth/sessions/{id}', { params: { path: { id } } }));

export function useEndSession() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: endSession, onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.account.sessions() }) });
}
