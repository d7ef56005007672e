import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type NotificationItem = Schemas['NotificationDto'];
export type NotificationPage = Schemas['NotificationPageDto'];

/** How many notifications a page of the list shows; "Show older" adds as many again. */
export const PAGE_SIZE = 20;

/** A page of the signed-in person's notifications, newest first, with the unread count. */
export const getNotifications = (offset: number, limit = PAGE_SIZE) => unwrap(api.GET('/api/notifications', { params: { query: { limit, offset } } }));

export const notificationsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: queryKeys.notifications.list(),
    queryFn: ({ pageParam }) => getNotifications(pageParam),
    initialPageParam: 0,
    getNextPageParam: (last: NotificationPage, pages: NotificationPage[]) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
  });

export const useNotifications = () => useInfiniteQuery(notificationsQueryOptions());
