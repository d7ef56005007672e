import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Panel = Schemas['PanelDto'];
export type PanelJudge = Schemas['PanelJudgeDto'];

/** The round's judges with their declarations and load, and the invitations not yet accepted. */
export const getPanel = (roundId: string) => unwrap(api.GET('/api/rounds/{id}/judges', { params: { path: { id: roundId } } }));

export const panelQueryOptions = (roundId: string) => queryOptions({ queryKey: queryKeys.rounds.panel(roundId), queryFn: () => getPanel(roundId) });

export const usePanel = (roundId: string) => useQuery(panelQueryOptions(roundId));
