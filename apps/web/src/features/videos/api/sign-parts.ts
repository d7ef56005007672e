import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type PartUrls = Schemas['PartUrlsDto'];

/** Presigned PUT URLs for up to 100 parts at once. */
export const signParts = (entryId: string, assetId: string, partNumbers: number[], signal?: AbortSignal) =>
  unwrap(api.POST('/api/entries/{id}/video/uploads/{assetId}/parts', { params: { path: { id: entryId, assetId } }, body: { partNumbers }, signal }));
