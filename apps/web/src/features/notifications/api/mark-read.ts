import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap } from '../../../lib/api-client';

export type MarkReadTarget = { ids: string[] } | { all: true };

/** Marks the signed-in person's notifications read: those named, or all of them. Answers how many are still unread. */
export const markRead = (target: MarkReadTarget) => unwrap(api.POST('/api/notifications/read', { body: target }));

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: ({ unread }) => qc.setQueryData(queryKeys.notifications.unread(), { unread }),
    // the list and the bell (callbacks given here run even when the page that asked has gone: opening one navigates)
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.notifications.all() }),
  });
}
