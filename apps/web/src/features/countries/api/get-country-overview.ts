import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, ApiError, unwrap, type Schemas } from '../../../lib/api-client';

export type CountryOverview = Schemas['CountryOverviewDto'];

export const getCountryOverview = (code: string) => unwrap(api.GET('/api/countries/{code}/overview', { params: { path: { code } } }));

export const countryOverviewQueryOptions = (code: string) =>
  queryOptions({
    queryKey: queryKeys.countries.overview(code),
    queryFn: () => getCountryOverview(code),
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });

export const useCountryOverview = (code: string) => useQuery(countryOverviewQueryOptions(code));
