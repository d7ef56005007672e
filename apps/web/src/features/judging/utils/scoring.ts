import type { TFunction } from '../../../lib/translator';
import { isApiError, type ApiProblem } from '../../../lib/api-client';
import { problemText } from '../../../lib/error-message';
import { localize } from '../../../lib/localized-text';
import type { Criterion } from '../api/get-judge-entry';
import type { Scorecard } from '../api/save-scorecard';
import { formatNumber, formatPercent, formatTime } from '../../../lib/format';

export type Scores = Scorecard['scores'];

/** The criteria without a score yet, in the rubric's order. */
export function missingCriteria<C extends Pick<Criterion, 'key'>>(criteria: readonly C[], scores: Scores): C[] {
  return criteria.filter((c) => !Object.hasOwn(scores, c.key));
}

/** One level per score from the bottom of the scale to the top, with its descriptor when the rubric gives one. */
export function levelsOf(c: Pick<Criterion, 'scaleMin' | 'scaleMax' | 'levels'>): { score: number; descriptor: Record<string, string> }[] {
  const out = [];
  for (let score = c.scaleMin; score <= c.scaleMax; score++) out.push({ score, descriptor: c.levels.find((l) => l.score === score)?.descriptor ?? {} });
  return out;
}

/** The level a digit key picks on this criterion's scale ("3" → 3), or null when the scale has no such level. */
export function levelForKey(key: string, c: Pick<Criterion, 'scaleMin' | 'scaleMax'>): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  const score = Number(key);
  return score >= c.scaleMin && score <= c.scaleMax ? score : null;
}

/** A criterion's name in the reader's language, falling back to English. */
export const criterionName = (c: Pick<Criterion, 'name' | 'key'>, language: string) => localize(c.name, language) || c.key;

/** A normalised weight (share of 1) as a percentage in the reader's language: 0.3 → "30%". */
export function formatWeight(share: number | undefined, language: string): string {
  return formatPercent(share ?? 0, language, 1);
}

/** A weighted total on 0–100, to one decimal; an empty string when there is none yet. */
export function formatTotal(total: number | null | undefined, language: string): string {
  if (total === null || total === undefined) return '';
  return formatNumber(total, language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

/** The scorecard as it is on the server, when a save was refused because it was based on an old version (409). */
export function staleCurrent(error: unknown): Scorecard | null {
  if (!isApiError(error) || error.reason !== 'scoring.stale_version') return null;
  const current = error.details.current;
  return typeof current === 'object' && current !== null && 'version' in current && 'scores' in current ? (current as Scorecard) : null;
}

/**
 * The problems the server found in the scores (`params.problems`), in the reader's language, by criterion: each
 * names its criterion as the rubric on the page does, in the reader's language. A criterion the rubric on the page
 * does not have, and any other field's problems, go to `other`.
 */
export function scoreProblems(
  t: TFunction,
  error: unknown,
  criteria: readonly Pick<Criterion, 'key' | 'name'>[],
  language: string,
): { byCriterion: Record<string, string[]>; other: string[] } {
  const byCriterion: Record<string, string[]> = {};
  const other: string[] = [];
  if (!isApiError(error)) return { byCriterion, other };
  for (const p of Array.isArray(error.params.problems) ? (error.params.problems as ApiProblem[]) : []) {
    const key = typeof p.params?.criterion === 'string' ? p.params.criterion : null;
    const c = key === null ? undefined : criteria.find((x) => x.key === key);
    const text = problemText(t, { reason: p.reason, params: { ...p.params, ...(key === null ? {} : { criterion: c ? criterionName(c, language) : key }) } });
    if (c) byCriterion[c.key] = [...(byCriterion[c.key] ?? []), text ?? t('errors.unknown')];
    else other.push(text ?? t('errors.unknown'));
  }
  for (const f of error.fields) other.push(...f.problems.map((p) => problemText(t, p) ?? t('errors.unknown')));
  return { byCriterion, other };
}

/** Time of day in the reader's language and time zone, e.g. "14:05". */
export function formatClock(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return formatTime(d, language);
}
