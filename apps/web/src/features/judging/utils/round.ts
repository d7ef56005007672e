import { i18n, type TFunction } from '../../../lib/translator';
import { localize } from '../../../lib/localized-text';
import type { JudgeRound } from '../api/get-judge-rounds';

type Labelled = Pick<JudgeRound, 'kind' | 'countryCode'> & { name?: JudgeRound['name'] };

/**
 * The round's own name in the reader's language when the organisers gave it one in that language; otherwise
 * "National round · Thailand" or "Final" in the reader's language.
 */
export function roundKindLabel(t: TFunction, round: Labelled, countryName: (code: string) => string): string {
  const language = i18n.language || 'en';
  const own = round.name?.[language]?.trim() || round.name?.[language.split('-')[0]]?.trim();
  if (own) return own;
  return round.kind === 'national' && round.countryCode ? t('judge.round.national', { country: countryName(round.countryCode) }) : t('judge.round.final');
}

/** The competition's name in the reader's language, then the round's. */
export function roundTitle(
  t: TFunction,
  round: Labelled & Pick<JudgeRound, 'competitionName'>,
  language: string,
  countryName: (code: string) => string,
): string {
  return `${localize(round.competitionName, language)} · ${roundKindLabel(t, round, countryName)}`;
}

/** Where the round stands for scoring right now: before its window, open, or over. */
export function roundPhase(round: Pick<JudgeRound, 'status' | 'opensAt' | 'closesAt'>, now: number = Date.now()): 'not_open' | 'open' | 'closed' {
  if (round.status === 'closed' || now >= Date.parse(round.closesAt)) return 'closed';
  if (round.status !== 'open' || now < Date.parse(round.opensAt)) return 'not_open';
  return 'open';
}

/** The viewer's time zone by name (e.g. Asia/Bangkok), to say which zone the times are shown in. */
export const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
