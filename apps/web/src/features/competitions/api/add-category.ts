import { api, unwrap, type Schemas } from '../../../lib/api-client';

export const addCategory = (id: string, body: Schemas['CategoryInputDto']) =>
  unwrap(api.POST('/api/competitions/{id}/categories', { params: { path: { id } }, body }));
