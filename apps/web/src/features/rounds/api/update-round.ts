import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

export type UpdateRoundInput = Schemas['UpdateRoundDto'];

/** Changes the window, settings or rubric; the rubric is refused (409) once a scorecard is submitted, everything once closed. */
export const updateRound = (roundId: string, body: UpdateRoundInput) => unwrap(api.PATCH('/api/rounds/{id}', { params: { path: { id: roundId } }, body }));

export const useUpdateRound = (roundId: string) => useRoundMutation(roundId, (body: UpdateRoundInput) => updateRound(roundId, body));
