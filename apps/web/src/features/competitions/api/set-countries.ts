import { api, unwrap } from '../../../lib/api-client';

export const setCountries = (id: string, countryCodes: string[]) =>
  unwrap(api.PUT('/api/competitions/{id}/countries', { params: { path: { id } }, body: { countryCodes } }));
