import type { TFunction } from '../../../lib/translator';
import type { Schemas } from '../../../lib/api-client';

type Round = Schemas['RoundDto'];

/** "National round · Thailand" or "Regional final". */
export function roundName(t: TFunction, round: Pick<Round, 'kind' | 'countryCode'>, countryName: (code: string) => string): string {
  return round.kind === 'national' && round.countryCode ? t('rounds.kind.nationalOf', { country: countryName(round.countryCode) }) : t('rounds.kind.final');
}

/** The sections of a round's page, in the order of its navigation. */
export const ROUND_SECTIONS = ['setup', 'panel', 'assignment', 'progress', 'scores', 'ranking'] as const;
export type RoundSection = (typeof ROUND_SECTIONS)[number];

/** The section a round opens on: its setup while in draft, judging progress while open, the ranking once closed. */
export function defaultSection(status: Round['status']): RoundSection {
  return status === 'draft' ? 'setup' : status === 'open' ? 'progress' : 'ranking';
}

export const isRoundSection = (value: string | undefined): value is RoundSection => (ROUND_SECTIONS as readonly (string | undefined)[]).includes(value);

/** A share of 1 as a percentage in the reader's language: 0.45 → "45%". */
export function formatShare(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A score on 0–100 to one decimal, or an empty string when there is none. */
export function formatScore(score: number | null | undefined, language: string): string {
  if (score === null || score === undefined) return '';
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}
