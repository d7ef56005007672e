import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type UserSummary = Schemas['UserSummaryDto'];

export const getUsers = (limit: number, offset: number) => unwrap(api.GET('/api/users', { params: { query: { limit, offset } } }));

export const usersQueryOptions = (limit: number, offset: number) =>
  queryOptions({ queryKey: ['admin', 'users', limit, offset] as const, queryFn: () => getUsers(limit, offset) });

export const useUsers = (limit: number, offset: number) => useQuery(usersQueryOptions(limit, offset));
