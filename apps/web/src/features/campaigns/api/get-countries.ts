import { useCallback, useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../lib/api-client';
import { localize } from '../../../lib/localized-text';

export const getCountries = () => unwrap(api.GET('/api/countries'));

/** Country names in the reader's language, sorted; nameOf falls back to the code. */
export function useCampaignCountries() {
  const { i18n } = useTranslation();
  const query = useQuery(queryOptions({ queryKey: ['countries'] as const, queryFn: getCountries, staleTime: 10 * 60_000 }));
  const list = useMemo(
    () =>
      (query.data ?? [])
        .map((c) => ({ code: c.code, name: localize(c.names, i18n.language) || c.code }))
        .sort((a, b) => a.name.localeCompare(b.name, i18n.language)),
    [query.data, i18n.language],
  );
  const nameOf = useCallback((code: string) => list.find((c) => c.code === code)?.name ?? code, [list]);
  return { query, list, nameOf };
}
