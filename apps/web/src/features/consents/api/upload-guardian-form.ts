import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { entryQueryKey } from '../../../lib/entry-query-keys';

/** The most a signed form may weigh; the server refuses more with 413. */
export const GUARDIAN_FORM_MAX_BYTES = 10 * 1024 * 1024;

/** A scan or photo of the guardian's signed form (PDF, JPEG or PNG); it then waits for the coordinator to verify it. */
export function uploadGuardianForm(entryId: string, memberId: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/entries/{id}/members/{memberId}/guardian-form', {
      params: { path: { id: entryId, memberId } },
      body: form as unknown as { file: string },
      bodySerializer: (b) => b as unknown as FormData,
    }),
  );
}

export function useUploadGuardianForm(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, file }: { memberId: string; file: File }) => uploadGuardianForm(entryId, memberId, file),
    onSuccess: (entry) => qc.setQueryData(entryQueryKey(entryId), entry),
  });
}
