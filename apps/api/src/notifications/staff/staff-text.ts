import type { LocalisedText } from '@clapper/domain/notifications';
import type { MailText } from '../../mail/mail-i18n.js';

/** An organiser's text (a competition's name) in the reader's language, else English, else any. */
export function localised(text: LocalisedText, t: MailText): string {
  return text[t.locale] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** A round as a judge reads it: "National round of Thailand, <competition>" or "Regional final, <competition>". */
export function roundTitle(t: MailText, round: { roundKind: 'national' | 'final'; countryCode: string | null; competition: LocalisedText }): string {
  const competition = localised(round.competition, t);
  return round.roundKind === 'national' && round.countryCode
    ? t.t('roundBrief.national', { country: t.country(round.countryCode), competition })
    : t.t('roundBrief.final', { competition });
}

/** A count in the reader's digits. */
export const number = (t: MailText, n: number): string => new Intl.NumberFormat(t.locale).format(n);

/** Language codes as a list of names in the reader's language ("Thai and English"). */
export function languageList(t: MailText, codes: string[]): string {
  const names = new Intl.DisplayNames([t.locale], { type: 'language', fallback: 'code' });
  return new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(
    codes.map((code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    }),
  );
}

/** A UTC day (YYYY-MM-DD) as the reader writes it ("7 December 2026"). */
export function day(t: MailText, isoDay: string): string {
  return new Intl.DateTimeFormat(t.locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}
