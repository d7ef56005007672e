import { api, unwrap, type Schemas } from '../lib/api-client';

export type UpdateCompetitionInput = Schemas['UpdateCompetitionDto'];

/**
 * PATCH the competition's own fields (the competitions feature's save sequence, the audience vote's settings).
 * Whoever calls it marks `queryKeys.competitions.all()` stale, so every page showing the competition reads it again.
 */
export const updateCompetition = (id: string, body: UpdateCompetitionInput) => unwrap(api.PATCH('/api/competitions/{id}', { params: { path: { id } }, body }));
