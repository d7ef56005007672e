import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type UpdateCompetitionInput = Schemas['UpdateCompetitionDto'];

/** PATCH the competition's own fields; used by the save sequence in save-competition.ts. */
export const updateCompetition = (id: string, body: UpdateCompetitionInput) => unwrap(api.PATCH('/api/competitions/{id}', { params: { path: { id } }, body }));
