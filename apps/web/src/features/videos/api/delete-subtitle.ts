import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export const deleteSubtitle = (entryId: string, language: string) =>
  unwrap(api.DELETE('/api/entries/{id}/subtitles/{language}', { params: { path: { id: entryId, language } } }));

export function useDeleteSubtitle(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (language: string) => deleteSubtitle(entryId, language),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.entries.subtitles(entryId) });
      void qc.invalidateQueries({ queryKey: queryKeys.entries.one(entryId), exact: true });
    },
  });
}
