import { api, unwrap, type Schemas } from '../../../lib/api-client';

/** Replaces the competition's categories in one transaction: safe to retry after a failed save. */
export const setCategories = (id: string, body: Schemas['SetCategoriesDto']) =>
  unwrap(api.PUT('/api/competitions/{id}/categories', { params: { path: { id } }, body }));
