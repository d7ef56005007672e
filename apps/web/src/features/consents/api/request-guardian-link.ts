import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { entryQueryKey } from '../../../lib/entry-query-keys';

export type GuardianLink = Schemas['GuardianLinkResultDto'];

/** A single-use link for a minor's guardian; emailed when an address is given, and shown once to pass on. */
export const requestGuardianLink = (entryId: string, memberId: string, guardianEmail?: string) =>
  unwrap(
    api.POST('/api/entries/{id}/members/{memberId}/guardian-link', {
      params: { path: { id: entryId, memberId } },
      body: guardianEmail ? { guardianEmail } : {},
    }),
  );

export function useRequestGuardianLink(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, guardianEmail }: { memberId: string; guardianEmail?: string }) => requestGuardianLink(entryId, memberId, guardianEmail),
    onSuccess: () => qc.invalidateQueries({ queryKey: entryQueryKey(entryId), exact: true }),
  });
}
