import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

export type AssignmentRun = Schemas['AssignmentRunDto'];

/** Assigns k judges to every entry with balanced loads; started scorecards are kept, the rest redrawn. */
export const runAssignment = (roundId: string) => unwrap(api.POST('/api/rounds/{id}/assignment', { params: { path: { id: roundId } } }));

export const useRunAssignment = (roundId: string) => useRoundMutation(roundId, () => runAssignment(roundId));
