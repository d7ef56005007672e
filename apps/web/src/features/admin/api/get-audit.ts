import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type AuditEvent = Schemas['AuditEventDto'];

export interface AuditFilter {
  subjectType?: string;
  subjectId?: string;
  limit: number;
}

export const getAudit = (f: AuditFilter) =>
  unwrap(
    api.GET('/api/audit', {
      params: { query: { limit: f.limit, ...(f.subjectType ? { subjectType: f.subjectType } : {}), ...(f.subjectId ? { subjectId: f.subjectId } : {}) } },
    }),
  );

export const auditQueryOptions = (f: AuditFilter) =>
  queryOptions({ queryKey: queryKeys.admin.audit(f), queryFn: () => getAudit(f), placeholderData: keepPreviousData });

export const useAudit = (f: AuditFilter) => useQuery(auditQueryOptions(f));
