import { api, unwrap } from '../../../lib/api-client';

/** Finishes the upload; the server checks the parts and the file's content, then starts processing. */
export const completeUpload = (entryId: string, assetId: string, parts: { partNumber: number; etag: string }[], signal?: AbortSignal) =>
  unwrap(api.POST('/api/entries/{id}/video/uploads/{assetId}/complete', { params: { path: { id: entryId, assetId } }, body: { parts }, signal }));
