import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap } from '../../../lib/api-client';

export type TeacherDecision = 'approve' | 'refuse';

export const decideTeacherRequest = ({ id, decision }: { id: string; decision: TeacherDecision }) =>
  decision === 'approve'
    ? unwrap(api.POST('/api/teacher-requests/{id}/approve', { params: { path: { id } } }))
    : unwrap(api.POST('/api/teacher-requests/{id}/refuse', { params: { path: { id } } }));

/** Approving or refusing refreshes the list and the country's counts. */
export function useDecideTeacherRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: decideTeacherRequest,
    onSettled: () =>
      Promise.all([qc.invalidateQueries({ queryKey: queryKeys.teacherRequests.all() }), qc.invalidateQueries({ queryKey: queryKeys.countries.all() })]),
  });
}
