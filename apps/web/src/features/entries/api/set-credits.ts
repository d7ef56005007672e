import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type SetCreditsInput = Schemas['SetCreditsDto'];
export type Credits = Schemas['CreditsDto'];

/** The team's choice of public credits (showcase, embeds, media kits); allowed after submission too. Answers with a preview. */
export const setCredits = (id: string, body: SetCreditsInput) => unwrap(api.PUT('/api/entries/{id}/credits', { params: { path: { id } }, body }));

export function useSetCredits(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SetCreditsInput) => setCredits(entryId, body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.entries.one(entryId), exact: true }),
  });
}
