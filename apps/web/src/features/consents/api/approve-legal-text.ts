import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';
import type { LegalTextTarget } from './save-legal-text';

/** Approves the version reviewed (refused when a newer one was saved since, or when the reviewer wrote it). */
export const approveLegalText = (competitionId: string, target: LegalTextTarget, textId: string) =>
  unwrap(
    api.POST('/api/competitions/{id}/legal-texts/{document}/{language}/approve', { params: { path: { id: competitionId, ...target } }, body: { textId } }),
  );

export function useApproveLegalText(competitionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ target, textId }: { target: LegalTextTarget; textId: string }) => approveLegalText(competitionId, target, textId),
    onSuccess: (texts) => {
      qc.setQueryData(queryKeys.competitions.legalTexts(competitionId), texts);
      // what people who agree are shown changes
      void qc.invalidateQueries({ queryKey: queryKeys.competitions.one(competitionId) });
    },
  });
}
