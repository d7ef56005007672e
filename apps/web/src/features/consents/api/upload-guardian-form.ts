import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, fileBody, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** The most a signed form may weigh; the server refuses more with 413. */
export const GUARDIAN_FORM_MAX_BYTES = 10 * 1024 * 1024;

/** A scan or photo of the guardian's signed form (PDF, JPEG or PNG); it then waits for the coordinator to verify it. */
export function uploadGuardianForm(entryId: string, memberId: string, file: File) {
  return unwrap(api.POST('/api/entries/{id}/members/{memberId}/guardian-form', { params: { path: { id: entryId, memberId } }, ...fileBody(file) }));
}

export function useUploadGuardianForm(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, file }: { memberId: string; file: File }) => uploadGuardianForm(entryId, memberId, file),
    onSuccess: (entry) => qc.setQueryData(queryKeys.entries.one(entryId), entry),
  });
}
