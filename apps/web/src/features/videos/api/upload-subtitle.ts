import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, fileBody, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** Sends a .vtt or .srt file for one language; the server checks it and stores it as WebVTT. */
export function uploadSubtitle(entryId: string, language: string, file: File) {
  return unwrap(api.POST('/api/entries/{id}/subtitles/{language}', { params: { path: { id: entryId, language } }, ...fileBody(file) }));
}

export function useUploadSubtitle(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ language, file }: { language: string; file: File }) => uploadSubtitle(entryId, language, file),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.entries.subtitles(entryId) });
      void qc.invalidateQueries({ queryKey: queryKeys.entries.one(entryId), exact: true });
    },
  });
}
