import { api, unwrap } from '../../../lib/api-client';

/** The parts storage already holds, so a resumed upload skips them. */
export const listParts = (entryId: string, assetId: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/entries/{id}/video/uploads/{assetId}/parts', { params: { path: { id: entryId, assetId } }, signal }));
