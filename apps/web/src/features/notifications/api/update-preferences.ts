import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap } from '../../../lib/api-client';
import type { NotificationTopic } from './get-preferences';

/** Switches one kind of message on or off, at once. */
export const updatePreference = (change: { topic: NotificationTopic; enabled: boolean }) =>
  unwrap(api.PUT('/api/notifications/preferences', { body: { topics: [change] } }));

export function useUpdatePreference() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updatePreference,
    onSuccess: (preferences) => qc.setQueryData(queryKeys.notifications.preferences(), preferences),
  });
}
