import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@clapper/domain/locales';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** What the team read and accepts: the licence version, and the language and version of its text as shown. */
export interface AcceptedLicence {
  licenceVersionId: string;
  language: Locale;
  textVersion: string;
}

export const acceptLicence = (id: string, body: AcceptedLicence) => unwrap(api.POST('/api/entries/{id}/licence', { params: { path: { id } }, body }));

export function useAcceptLicence(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptedLicence) => acceptLicence(entryId, body),
    onSuccess: (entry) => {
      qc.setQueryData(queryKeys.entries.one(entryId), entry);
      void qc.invalidateQueries({ queryKey: queryKeys.entries.lists() });
    },
  });
}
