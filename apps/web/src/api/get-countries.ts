import { formatter } from '@clapper/domain/formats';
import { useCallback, useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from '../lib/use-translation';
import { api, unwrap, type Schemas } from '../lib/api-client';
import { queryKeys } from './query-keys';

export type Country = Schemas['CountryDto'];

/** Every country the platform knows (its `names` are not for display: pages name a country with Intl). */
export const getCountries = () => unwrap(api.GET('/api/countries'));

export const countriesQueryOptions = () => queryOptions({ queryKey: queryKeys.countries.list(), queryFn: getCountries, staleTime: 10 * 60_000 });

export const useCountries = () => useQuery(countriesQueryOptions());

/**
 * Country names in the reader's language, from Intl (libs/domain/src/formats.ts), never from the stored `names`:
 * `list`, the countries the platform knows, in the reader's alphabetical order (Intl.Collator), and `nameOf`, which
 * names any code (and answers '' for no code).
 */
export function useCountryNames() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const query = useCountries();
  const list = useMemo(() => formatter(lng).countries((query.data ?? []).map((c) => c.code)), [query.data, lng]);
  const nameOf = useCallback((code: string | null | undefined) => (code ? formatter(lng).country(code) : ''), [lng]);
  return { query, list, nameOf };
}
