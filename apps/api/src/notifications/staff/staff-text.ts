import type { LocalisedText } from '@clapper/domain/notifications';
import type { MailText } from '../../mail/mail-i18n.js';

/** A round as a judge reads it: "National round of Thailand, <competition>" or "Regional final, <competition>". */
export function roundTitle(t: MailText, round: { roundKind: 'national' | 'final'; countryCode: string | null; competition: LocalisedText }): string {
  const competition = t.localised(round.competition);
  return round.roundKind === 'national' && round.countryCode
    ? t.t('roundBrief.national', { country: t.country(round.countryCode), competition })
    : t.t('roundBrief.final', { competition });
}

/** A count in the reader's digits. */
export const number = (t: MailText, n: number): string => t.number(n);

/** A UTC day (YYYY-MM-DD) as the reader writes it ("7 December 2026"). */
export function day(t: MailText, isoDay: string): string {
  return t.day(isoDay);
}
