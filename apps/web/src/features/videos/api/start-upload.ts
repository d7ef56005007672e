import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type UploadStarted = Schemas['UploadStartedDto'];
export type VideoContentType = Schemas['StartUploadDto']['contentType'];

/** Opens a multipart upload in storage; the server decides the part size. */
export const startUpload = (entryId: string, body: Schemas['StartUploadDto']) =>
  unwrap(api.POST('/api/entries/{id}/video/uploads', { params: { path: { id: entryId } }, body }));
