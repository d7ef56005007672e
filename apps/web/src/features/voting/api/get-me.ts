import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../lib/api-client';

/** The signed-in account (the same cache entry the rest of the app reads); null when nobody is signed in. */
export async function getMe() {
  try {
    return await unwrap(api.GET('/api/auth/me'));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export const useVoterAccount = () => useQuery(queryOptions({ queryKey: ['auth', 'me'] as const, queryFn: getMe, staleTime: 60_000 }));
