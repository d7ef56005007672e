import { useCallback } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../lib/api-client';
import { localize } from '../../../lib/localized-text';

export const getCountries = () => unwrap(api.GET('/api/countries'));

/** Country names in the reader's language (the same cache as the rest of the app); the code while loading. */
export function useCountryName() {
  const { i18n } = useTranslation();
  const query = useQuery(queryOptions({ queryKey: ['countries'] as const, queryFn: getCountries, staleTime: 10 * 60_000 }));
  const data = query.data;
  return useCallback(
    (code: string | null | undefined) => {
      if (!code) return '';
      const c = data?.find((x) => x.code === code);
      return (c && localize(c.names, i18n.language)) || code;
    },
    [data, i18n.language],
  );
}
