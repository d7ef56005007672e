import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type AccountSession = Schemas['SessionDto'];

export const sessionsQueryKey = ['account', 'sessions'] as const;

/** The signed-in user's own sessions (devices), the most recently used first. */
export const getSessions = () => unwrap(api.GET('/api/auth/sessions'));

export const sessionsQueryOptions = () => queryOptions({ queryKey: sessionsQueryKey, queryFn: getSessions });

export const useSessions = () => useQuery(sessionsQueryOptions());
