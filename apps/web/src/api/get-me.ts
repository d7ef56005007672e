import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../lib/api-client';
import { queryKeys } from './query-keys';

export type Me = Schemas['MeDto'];

/** The signed-in account, or null when nobody is signed in (the API answers 401). */
export async function getMe(): Promise<Me | null> {
  try {
    return await unwrap(api.GET('/api/auth/me'));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: queryKeys.auth.me(), queryFn: getMe, staleTime: 60_000 });

export const useMe = () => useQuery(meQueryOptions());
