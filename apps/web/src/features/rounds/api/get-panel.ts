import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { roundScopeQueryKey } from './get-rounds';

export type Panel = Schemas['PanelDto'];
export type PanelJudge = Schemas['PanelJudgeDto'];

/** The round's judges with their declarations and load, and the invitations not yet accepted. */
export const getPanel = (roundId: string) => unwrap(api.GET('/api/rounds/{id}/judges', { params: { path: { id: roundId } } }));

export const panelQueryOptions = (roundId: string) => queryOptions({ queryKey: [...roundScopeQueryKey(roundId), 'panel'], queryFn: () => getPanel(roundId) });

export const usePanel = (roundId: string) => useQuery(panelQueryOptions(roundId));
