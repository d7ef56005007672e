import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@clapper/domain/locales';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

/** Saves the signed-in user's interface language on their account: their emails are written in it. */
export const setLocale = (locale: Locale) => unwrap(api.PUT('/api/auth/me/locale', { body: { locale } }));

export function useSetLocale() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: setLocale,
    onSuccess: (me) => qc.setQueryData(queryKeys.auth.me(), me),
  });
}
