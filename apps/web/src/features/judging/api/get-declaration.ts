import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Declaration = Schemas['DeclarationDto'];

/** What the judge declared for a round (languages, conflicts), with the schools and countries to choose from. */
export const getDeclaration = (roundId: string) => unwrap(api.GET('/api/judge/rounds/{id}/declaration', { params: { path: { id: roundId } } }));

export const declarationQueryOptions = (roundId: string) =>
  queryOptions({ queryKey: queryKeys.judge.declaration(roundId), queryFn: () => getDeclaration(roundId) });

export const useDeclaration = (roundId: string) => useQuery(declarationQueryOptions(roundId));
