import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type Country = Schemas['CountryDto'];

export const getCountries = () => unwrap(api.GET('/api/countries'));

export const countriesQueryOptions = () => queryOptions({ queryKey: ['countries'] as const, queryFn: getCountries, staleTime: 10 * 60_000 });

export const useCountries = () => useQuery(countriesQueryOptions());
