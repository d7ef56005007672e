import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type CeremonyDeck = Schemas['CeremonyDto'];
export type CeremonyReveal = Schemas['CeremonyRevealDto'];
export type CeremonyEntry = Schemas['CeremonyEntryDto'];

/** Fetched again this often, so the presigned media URLs never expire during the evening. */
export const CEREMONY_REFRESH_MS = 10 * 60_000;

/** The deck of the awards ceremony (sealed results only; 409 while they are open). */
export const getCeremony = (competitionId: string) => unwrap(api.GET('/api/competitions/{id}/ceremony', { params: { path: { id: competitionId } } }));

export const useCeremony = (competitionId: string) =>
  useQuery({
    queryKey: queryKeys.ceremony(competitionId),
    queryFn: () => getCeremony(competitionId),
    refetchInterval: CEREMONY_REFRESH_MS,
    refetchIntervalInBackground: true,
    staleTime: 0,
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });
