import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type OutboxMessage = Schemas['OutboxMessageDto'];

export const getOutbox = (limit: number, offset: number) => unwrap(api.GET('/api/admin/outbox', { params: { query: { limit, offset } } }));

export const outboxQueryOptions = (limit: number, offset: number) =>
  queryOptions({ queryKey: queryKeys.admin.outbox(limit, offset), queryFn: () => getOutbox(limit, offset) });

export const useOutbox = (limit: number, offset: number) => useQuery(outboxQueryOptions(limit, offset));
