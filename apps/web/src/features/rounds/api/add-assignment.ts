import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { useRoundMutation } from './round-mutation';

export type AddAssignmentInput = Schemas['AddAssignmentDto'];

/** Gives an entry one more judge by hand, under the automatic assignment's rules (422 says which rule). */
export const addAssignment = (roundId: string, body: AddAssignmentInput) =>
  unwrap(api.POST('/api/rounds/{id}/assignments', { params: { path: { id: roundId } }, body }));

export const useAddAssignment = (roundId: string) => useRoundMutation(roundId, (body: AddAssignmentInput) => addAssignment(roundId, body));
