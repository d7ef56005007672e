import { api, unwrap } from '../../../lib/api-client';

export const removeCategory = (id: string, categoryId: string) =>
  unwrap(api.DELETE('/api/competitions/{id}/categories/{categoryId}', { params: { path: { id, categoryId } } }));
