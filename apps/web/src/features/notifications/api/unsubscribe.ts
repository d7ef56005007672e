import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap } from '../../../lib/api-client';

/** What a message's unsubscribe link stops, and whether it is stopped already; it stops nothing. */
export const getUnsubscribeLink = (token: string) => unwrap(api.GET('/api/notifications/unsubscribe/{token}', { params: { path: { token } } }));

export const unsubscribeLinkQueryOptions = (token: string) =>
  queryOptions({ queryKey: queryKeys.notifications.unsubscribeLink(token), queryFn: () => getUnsubscribeLink(token) });

export const useUnsubscribeLink = (token: string) => useQuery(unsubscribeLinkQueryOptions(token));

/** Stops the link's kind of message (the same address mail providers post to for a one-click unsubscribe). */
export const unsubscribe = (token: string) => unwrap(api.POST('/api/notifications/unsubscribe/{token}', { params: { path: { token } } }));

export function useUnsubscribe(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unsubscribe(token),
    onSuccess: (link) =>
      Promise.all([
        qc.setQueryData(queryKeys.notifications.unsubscribeLink(token), link),
        // a signed-in reader's settings now show it off
        qc.invalidateQueries({ queryKey: queryKeys.notifications.preferences() }),
      ]),
  });
}
