import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { entryQueryKey, subtitlesQueryKey } from '../../../lib/entry-query-keys';

/** Sends a .vtt or .srt file for one language; the server checks it and stores it as WebVTT. */
export function uploadSubtitle(entryId: string, language: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/entries/{id}/subtitles/{language}', {
      params: { path: { id: entryId, language } },
      body: form as unknown as { file: string },
      bodySerializer: (b) => b as unknown as FormData,
    }),
  );
}

export function useUploadSubtitle(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ language, file }: { language: string; file: File }) => uploadSubtitle(entryId, language, file),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: subtitlesQueryKey(entryId) });
      void qc.invalidateQueries({ queryKey: entryQueryKey(entryId), exact: true });
    },
  });
}
