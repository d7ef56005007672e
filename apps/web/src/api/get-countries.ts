import { useCallback, useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from '../lib/use-translation';
import { api, unwrap, type Schemas } from '../lib/api-client';
import { localize } from '../lib/localized-text';
import { queryKeys } from './query-keys';

export type Country = Schemas['CountryDto'];

/** Every country, with its names in every language. */
export const getCountries = () => unwrap(api.GET('/api/countries'));

export const countriesQueryOptions = () => queryOptions({ queryKey: queryKeys.countries.list(), queryFn: getCountries, staleTime: 10 * 60_000 });

export const useCountries = () => useQuery(countriesQueryOptions());

/**
 * Country names in the reader's language: `list` sorted by name, and `nameOf`, which falls back to the code while
 * loading (and answers '' for no code).
 */
export function useCountryNames() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const query = useCountries();
  const list = useMemo(
    () => (query.data ?? []).map((c) => ({ code: c.code, name: localize(c.names, lng) || c.code })).sort((a, b) => a.name.localeCompare(b.name, lng)),
    [query.data, lng],
  );
  const nameOf = useCallback((code: string | null | undefined) => (code ? (list.find((c) => c.code === code)?.name ?? code) : ''), [list]);
  return { query, list, nameOf };
}
