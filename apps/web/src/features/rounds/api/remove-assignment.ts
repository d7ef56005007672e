import { api, unwrap } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

/** Takes a judge off an entry; refused (409) once their scorecard is submitted. */
export const removeAssignment = (roundId: string, assignmentId: string) =>
  unwrap(api.DELETE('/api/rounds/{id}/assignments/{assignmentId}', { params: { path: { id: roundId, assignmentId } } }));

export const useRemoveAssignment = (roundId: string) => useRoundMutation(roundId, (assignmentId: string) => removeAssignment(roundId, assignmentId));
