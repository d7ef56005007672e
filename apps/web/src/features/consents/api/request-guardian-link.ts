import type { Locale } from '@clapper/domain/locales';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { entryQueryKey } from '../../../lib/entry-query-keys';

export type GuardianLink = Schemas['GuardianLinkResultDto'];

/** A single-use link for a minor's guardian; emailed when an address is given, and shown once to pass on. */
export const requestGuardianLink = (entryId: string, memberId: string, guardianEmail?: string, language?: Locale) =>
  unwrap(
    api.POST('/api/entries/{id}/members/{memberId}/guardian-link', {
      params: { path: { id: entryId, memberId } },
      body: { ...(guardianEmail ? { guardianEmail } : {}), ...(language ? { language } : {}) },
    }),
  );

export function useRequestGuardianLink(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, guardianEmail, language }: { memberId: string; guardianEmail?: string; language?: Locale }) => requestGuardianLink(entryId, memberId, guardianEmail, language),
    onSuccess: () => qc.invalidateQueries({ queryKey: entryQueryKey(entryId), exact: true }),
  });
}
