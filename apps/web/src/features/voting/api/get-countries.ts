import { useCallback } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../lib/api-client';
import { localize } from '../../../lib/localized-text';

export const getCountries = () => unwrap(api.GET('/api/countries'));

/** A country's name in the reader's language (the code while loading). */
export function useVoteCountryName() {
  const { i18n } = useTranslation();
  const query = useQuery(queryOptions({ queryKey: ['countries'] as const, queryFn: getCountries, staleTime: 10 * 60_000 }));
  return useCallback((code: string) => localize(query.data?.find((c) => c.code === code)?.names, i18n.language) || code, [query.data, i18n.language]);
}
