import type { TFunction } from '../../../lib/translator';
import type { Schemas } from '../../../lib/api-client';
import { i18n } from '../../../lib/translator';
import { formatNumber, formatPercent } from '../../../lib/format';

type Round = Schemas['RoundDto'];

/**
 * The round's own name in the reader's language when the organisers gave it one in that language; otherwise
 * "National round · Thailand" or "Regional final" in the reader's language (never an English name in a Thai page).
 */
export function roundName(t: TFunction, round: Pick<Round, 'kind' | 'countryCode'> & { name?: Round['name'] }, countryName: (code: string) => string): string {
  const language = i18n.language || 'en';
  const own = round.name?.[language]?.trim() || round.name?.[language.split('-')[0]]?.trim();
  if (own) return own;
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
  return formatPercent(share, language);
}

/** A score on 0–100 to one decimal, or an empty string when there is none. */
export function formatScore(score: number | null | undefined, language: string): string {
  if (score === null || score === undefined) return '';
  return formatNumber(score, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
