import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type LicenceVersion = Schemas['LicenceVersionDto'];

/** The competition's current licence text, shown to the team before they accept it. */
export const getLicence = (competitionId: string) => unwrap(api.GET('/api/competitions/{id}/licence', { params: { path: { id: competitionId } } }));

export const licenceQueryOptions = (competitionId: string) =>
  queryOptions({ queryKey: queryKeys.competitions.licence(competitionId), queryFn: () => getLicence(competitionId), staleTime: 5 * 60_000 });

export const useLicence = (competitionId: string, enabled = true) => useQuery({ ...licenceQueryOptions(competitionId), enabled });
