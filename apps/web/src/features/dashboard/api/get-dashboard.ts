import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Dashboard = Schemas['DashboardDto'];
export type FunnelCounts = Schemas['FunnelCountsDto'];
export type DashboardAlert = Schemas['AlertDto'];
export type SetupStep = Schemas['SetupStepDto'];
export type RoundProgress = Schemas['RoundProgressDto'];
export type RoundDeadline = Schemas['RoundDeadlineDto'];
export type RoundRef = Schemas['RoundRefDto'];

/** The dashboard is read again every minute while it is open: alerts and progress move. */
export const DASHBOARD_REFRESH_MS = 60_000;

/** A competition at a glance: the funnel, deadlines, judging progress, alerts and the setup checklist (one country's, with `country`). */
export const getDashboard = (competitionId: string, country?: string) =>
  unwrap(api.GET('/api/competitions/{id}/dashboard', { params: { path: { id: competitionId }, query: country ? { country } : {} } }));

export const dashboardQueryOptions = (competitionId: string, country?: string) =>
  queryOptions({ queryKey: queryKeys.competitions.dashboard(competitionId, country), queryFn: () => getDashboard(competitionId, country) });

export const useDashboard = (competitionId: string, country?: string) =>
  useQuery({ ...dashboardQueryOptions(competitionId, country), refetchInterval: DASHBOARD_REFRESH_MS });
