import type { TFunction } from '../../../lib/translator';
import { localize } from '../../../lib/localized-text';
import type { JudgeRound } from '../api/get-judge-rounds';

/** "National round · Thailand" or "Final". */
export function roundKindLabel(t: TFunction, round: Pick<JudgeRound, 'kind' | 'countryCode'>, countryName: (code: string) => string): string {
  return round.kind === 'national' && round.countryCode ? t('judge.round.national', { country: countryName(round.countryCode) }) : t('judge.round.final');
}

/** The competition's name in the reader's language, then the kind of round. */
export function roundTitle(
  t: TFunction,
  round: Pick<JudgeRound, 'kind' | 'countryCode' | 'competitionName'>,
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
