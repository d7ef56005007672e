import type { TFunction } from '../../../lib/translator';
import type { RoundRef } from '../api/get-dashboard';

/** "National round · Thailand" or "Regional final", in the reader's language. */
export function roundName(t: TFunction, round: Pick<RoundRef, 'kind' | 'countryCode'>, countryName: (code: string) => string): string {
  return round.kind === 'national' && round.countryCode
    ? t('dashboard.round.national', { country: countryName(round.countryCode) })
    : t('dashboard.round.final');
}
