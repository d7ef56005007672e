import { api, unwrap, type Schemas } from '../../../lib/api-client';

export const updateCategory = (id: string, categoryId: string, body: Schemas['UpdateCategoryDto']) =>
  unwrap(api.PATCH('/api/competitions/{id}/categories/{categoryId}', { params: { path: { id, categoryId } }, body }));
