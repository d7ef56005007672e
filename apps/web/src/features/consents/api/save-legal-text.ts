import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@clapper/domain/locales';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';
import type { LegalDocumentTexts } from './get-legal-texts';

export interface LegalTextTarget {
  document: LegalDocumentTexts['document'];
  language: Locale;
}

/** Writes a translation: a draft changes in place; an approved text gets a new version, to approve again. */
export const saveLegalText = (competitionId: string, target: LegalTextTarget, body: { title?: string; body: string }) =>
  unwrap(api.PUT('/api/competitions/{id}/legal-texts/{document}/{language}', { params: { path: { id: competitionId, ...target } }, body }));

export function useSaveLegalText(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ target, body }: { target: LegalTextTarget; body: { title?: string; body: string } }) => saveLegalText(competitionId, target, body),
    onSuccess: (texts) => qc.setQueryData(queryKeys.competitions.legalTexts(competitionId), texts),
  });
}
