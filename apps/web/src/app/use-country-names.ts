import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountries } from '../features/countries/api/get-countries';
import { localize } from '../lib/localized-text';

/** Country names in the current language, sorted, for the pages that compose features with countries. */
export function useCountryNames() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const query = useCountries();
  const list = useMemo(
    () => (query.data ?? []).map((c) => ({ code: c.code, name: localize(c.names, lng) || c.code })).sort((a, b) => a.name.localeCompare(b.name, lng)),
    [query.data, lng],
  );
  const nameOf = useCallback((code: string) => list.find((c) => c.code === code)?.name ?? code, [list]);
  return { query, list, nameOf };
}
