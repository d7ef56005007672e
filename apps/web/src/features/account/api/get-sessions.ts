import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type AccountSession = Schemas['SessionDto'];

/** The signed-in user's own sessions (devices), the most recently used first. */
export const getSessions = () => unwrap(api.GET('/api/auth/sessions'));

export const sessionsQueryOptions = () => queryOptions({ queryKey: queryKeys.account.sessions(), queryFn: getSessions });

export const useSessions = () => useQuery(sessionsQueryOptions());
