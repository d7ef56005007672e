import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type TeacherRequest = Schemas['TeacherRequestDto'];

export const getTeacherRequests = (country: string) => unwrap(api.GET('/api/teacher-requests', { params: { query: { country, status: 'pending' } } }));

export const teacherRequestsQueryOptions = (country: string) =>
  queryOptions({ queryKey: queryKeys.teacherRequests.list(country), queryFn: () => getTeacherRequests(country) });

export const useTeacherRequests = (country: string) => useQuery(teacherRequestsQueryOptions(country));
