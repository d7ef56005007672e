import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type UserSummary = Schemas['UserSummaryDto'];

export const getUsers = (limit: number, offset: number) => unwrap(api.GET('/api/users', { params: { query: { limit, offset } } }));

export const usersQueryOptions = (limit: number, offset: number) =>
  queryOptions({ queryKey: queryKeys.admin.users(limit, offset), queryFn: () => getUsers(limit, offset) });

export const useUsers = (limit: number, offset: number) => useQuery(usersQueryOptions(limit, offset));
