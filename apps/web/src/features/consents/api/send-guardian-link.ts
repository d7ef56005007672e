import type { Locale } from '@clapper/domain/locales';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/**
 * The platform emails a single-use link to the guardian's address, in the chosen language. The answer is the entry:
 * the team sees only the masked address and when it went, never the link. Sending to a new address voids the old link.
 */
export const sendGuardianLink = (entryId: string, memberId: string, guardianEmail: string, language: Locale) =>
  unwrap(api.POST('/api/entries/{id}/members/{memberId}/guardian-link', { params: { path: { id: entryId, memberId } }, body: { guardianEmail, language } }));

export function useSendGuardianLink(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, guardianEmail, language }: { memberId: string; guardianEmail: string; language: Locale }) =>
      sendGuardianLink(entryId, memberId, guardianEmail, language),
    onSuccess: (entry) => qc.setQueryData(queryKeys.entries.one(entryId), entry),
  });
}
