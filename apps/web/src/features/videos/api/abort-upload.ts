import { api, unwrap } from '../../../lib/api-client';

export const abortUpload = (entryId: string, assetId: string) =>
  unwrap(api.DELETE('/api/entries/{id}/video/uploads/{assetId}', { params: { path: { id: entryId, assetId } } }));
