import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** An organiser changes an account's country (audit-logged); the account's judge roles follow it. */
export const setUserCountry = ({ userId, countryCode }: { userId: string; countryCode: string }) =>
  unwrap(api.PATCH('/api/users/{id}/country', { params: { path: { id: userId } }, body: { countryCode } }));

export function useSetUserCountry() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: setUserCountry, onSuccess: () => qc.invalidateQueries({ queryKey: ['admin', 'users'] }) });
}
