import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type NotificationPreferences = Schemas['NotificationPreferencesDto'];
export type NotificationTopic = Schemas['NotificationTopic'];

/** The kinds of message the signed-in person may switch off, each on or off, and those always sent. */
export const getPreferences = () => unwrap(api.GET('/api/notifications/preferences'));

export const preferencesQueryOptions = () => queryOptions({ queryKey: queryKeys.notifications.preferences(), queryFn: getPreferences });

export const usePreferences = () => useQuery(preferencesQueryOptions());
