import { i18n, type TFunction } from '../../../lib/translator';
import type { RoundRef } from '../api/get-dashboard';

/**
 * The round's own name in the reader's language when the organisers gave it one in that language; otherwise
 * "National round · Thailand" or "Regional final", in the reader's language.
 */
export function roundName(
  t: TFunction,
  round: Pick<RoundRef, 'kind' | 'countryCode'> & { name?: RoundRef['name'] },
  countryName: (code: string) => string,
): string {
  const language = i18n.language || 'en';
  const own = round.name?.[language]?.trim() || round.name?.[language.split('-')[0]]?.trim();
  if (own) return own;
  return round.kind === 'national' && round.countryCode
    ? t('dashboard.round.national', { country: countryName(round.countryCode) })
    : t('dashboard.round.final');
}
