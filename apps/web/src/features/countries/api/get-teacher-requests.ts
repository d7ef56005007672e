import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type TeacherRequest = Schemas['TeacherRequestDto'];

export const teacherRequestsQueryKey = (country: string) => ['teacher-requests', country] as const;

export const getTeacherRequests = (country: string) => unwrap(api.GET('/api/teacher-requests', { params: { query: { country, status: 'pending' } } }));

export const teacherRequestsQueryOptions = (country: string) =>
  queryOptions({ queryKey: teacherRequestsQueryKey(country), queryFn: () => getTeacherRequests(country) });

export const useTeacherRequests = (country: string) => useQuery(teacherRequestsQueryOptions(country));
