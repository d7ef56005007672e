/** Query keys of the results feature: a change to a round's results or to the awards marks these stale. */
export const resultsQueryKey = ['results'] as const;
export const roundResultsQueryKey = (roundId: string) => [...resultsQueryKey, 'round', roundId] as const;
export const awardsQueryKey = (competitionId: string) => [...resultsQueryKey, 'awards', competitionId] as const;
export const teamResultQueryKey = (entryId: string) => [...resultsQueryKey, 'team', entryId] as const;
