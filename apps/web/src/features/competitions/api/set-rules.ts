import { api, unwrap, type Schemas } from '../../../lib/api-client';

export const setRules = (id: string, body: Schemas['EntryRulesDto']) => unwrap(api.PUT('/api/competitions/{id}/rules', { params: { path: { id } }, body }));
