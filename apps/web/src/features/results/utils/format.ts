import type { TFunction } from '../../../lib/translator';
import { isApiError, type ApiProblem } from '../../../lib/api-client';
import { problemText } from '../../../lib/error-message';
import { autonym, formatNumber } from '../../../lib/format';

/** A score on 0–100 to two decimals in the reader's language; an empty string when there is none. */
export function formatScore2(score: number | null | undefined, language: string): string {
  if (score === null || score === undefined) return '';
  return formatNumber(score, language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** "1st", "2nd", "3rd" in English; other languages through their own keys ("3位"). */
export function ordinal(t: TFunction, n: number, language: string): string {
  const rule = new Intl.PluralRules(language, { type: 'ordinal' }).select(n);
  return t(`results.ordinal.${rule}`, { n: formatNumber(n, language), defaultValue: t('results.ordinal.other', { n }) });
}

/** The problems of a refused seal (`results.not_ready`): what still stands in the way. */
export function blockersOf(error: unknown): ApiProblem[] {
  if (!isApiError(error) || error.reason !== 'results.not_ready' || !Array.isArray(error.params.problems)) return [];
  return error.params.problems as ApiProblem[];
}

/**
 * A seal blocker in the reader's language; awards without winners are named as the page names them (the API sends
 * their ids beside their names in every language of the competition, which problemText picks from otherwise).
 */
export function blockerText(t: TFunction, blocker: ApiProblem, awardName: (id: string) => string | undefined): string {
  const params = { ...(blocker.params ?? {}) };
  const sent = params.awards;
  if (Array.isArray(params.awardIds) && Array.isArray(sent))
    params.awards = (params.awardIds as string[]).map((id, i) => awardName(id) || (sent[i] as unknown));
  return problemText(t, { reason: blocker.reason, params }) ?? t('errors.unknown');
}

/** Moves the item at `index` by `delta` places (−1 up, +1 down); the same array when it cannot move. */
export function move<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item);
  return next;
}

/** The groups of entries still tied after the chain, each as its codes in ranking order. */
export function tieGroups(entries: readonly { code: string; tiedWith: string[] }[]): string[][] {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const e of entries) {
    if (!e.tiedWith.length || seen.has(e.code)) continue;
    const members = new Set([e.code, ...e.tiedWith]);
    const group = entries.filter((x) => members.has(x.code)).map((x) => x.code);
    group.forEach((c) => seen.add(c));
    groups.push(group);
  }
  return groups;
}

/** A language's name in its own script ("日本語", "ภาษาไทย"), for certificate and display-language choices. */
export function nativeLanguageName(code: string): string {
  return autonym(code);
}
