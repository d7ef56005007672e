import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { sessionsQueryKey } from './get-sessions';

/** Signs out one of the user's other devices. */
export const endSession = (id: string) => unwrap(api.DELETE('/api/auth/sessions/{id}', { params: { path: { id } } }));

export function useEndSession() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: endSession, onSettled: () => qc.invalidateQueries({ queryKey: sessionsQueryKey }) });
}
