import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type MemberInput = Schemas['MemberInputDto'];

/**
 * Replaces a draft's roster. Kept members carry their `id`; the server clears a member's consents when their
 * name or date of birth changes.
 */
export const setMembers = (id: string, members: MemberInput[]) => unwrap(api.PUT('/api/entries/{id}/members', { params: { path: { id } }, body: { members } }));

export function useSetMembers(entryId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (members: MemberInput[]) => setMembers(entryId, members),
    onSuccess: (entry) => {
      qc.setQueryData(queryKeys.entries.one(entryId), entry);
      void qc.invalidateQueries({ queryKey: queryKeys.entries.lists() });
    },
  });
}
