/** The options checked before results are computed, and the method: how they were computed, as facts the web words. */
import { FieldReason } from './refusals/common.js';
import { ResultsReason } from './refusals/results.js';
import { problem, type Problem } from './refusals.js';
import type { Rubric } from './rubric.js';
import type { Aggregation, AggregationChoice, AggregationReason, ResultOptions, ResultsMethod, TieBreak } from './results-types.js';
import type { CalibrationPart } from './results-calibrate.js';

/** A trimmed mean needs enough scorecards that dropping two still leaves a panel. */
export const TRIM_MIN_JUDGES = 5;

export const TIE_BREAK_KINDS = ['criterion', 'first_places', 'organiser'] as const satisfies readonly TieBreak['kind'][];

const sameTieBreak = (a: TieBreak, b: TieBreak): boolean =>
  a.kind === b.kind && (a.kind !== 'criterion' || (b.kind === 'criterion' && a.criterion === b.criterion));

/** A problem with one step of the tie-break chain: which step (0-based `index`), and what is wrong with it. */
export interface TieBreakProblem {
  index: number;
  problem: Problem;
}

/**
 * Every problem of the tie-break chain at once, in the order of the chain, as reasons with their facts (positions
 * are 1-based, as an organiser counts). Options with problems are refused by computeResults: a tie-break on a
 * criterion the rubric lacks would break nothing, silently.
 */
export function checkResultOptions(rubric: Rubric, o: ResultOptions): TieBreakProblem[] {
  const problems: TieBreakProblem[] = [];
  o.tieBreaks.forEach((t, index) => {
    const position = index + 1;
    const kind = (t as { kind: unknown }).kind;
    if (!(TIE_BREAK_KINDS as readonly unknown[]).includes(kind)) {
      problems.push({ index, problem: problem(FieldReason.NotOneOf, { allowed: [...TIE_BREAK_KINDS] }) });
      return;
    }
    if (t.kind === 'criterion' && !rubric.criteria.some((c) => c.key === t.criterion))
      problems.push({ index, problem: problem(FieldReason.NotOneOf, { allowed: rubric.criteria.map((c) => c.key) }) });
    const earlier = o.tieBreaks.findIndex((u) => sameTieBreak(u, t));
    if (earlier < index) problems.push({ index, problem: problem(ResultsReason.TieBreakRepeated, { position, earlier: earlier + 1 }) });
    if (t.kind === 'organiser' && index !== o.tieBreaks.length - 1) problems.push({ index, problem: problem(ResultsReason.OrganiserNotLast, { position }) });
  });
  return problems;
}

/** Whether an audience weight can be used: from 0 (votes left out of the score) to 1. */
export const validAudienceWeight = (w: number | undefined): boolean => w === undefined || (w >= 0 && w <= 1);

/**
 * The aggregation used and why: the organisers' choice, or by default ('auto') the mean when every judge scored
 * every entry (complete panels: each judge's leniency touches every entry alike, and the calibration would give the
 * same scores) and the calibration otherwise. `complete` says whether every judge who submitted a scorecard did so
 * for every entry of the round.
 */
export function resolveAggregation(choice: AggregationChoice, complete: boolean): { aggregation: Aggregation; reason: AggregationReason } {
  if (choice !== 'auto') return { aggregation: choice, reason: 'chosen' };
  return complete ? { aggregation: 'mean', reason: 'complete_panels' } : { aggregation: 'calibrated', reason: 'incomplete_panels' };
}

/** How the results were computed, as facts (the web says it in the reader's language; the API's CSV in English). */
export function describeMethod(
  rubric: Rubric,
  o: ResultOptions,
  applied: { aggregation: Aggregation; reason: AggregationReason; parts?: CalibrationPart[] },
): ResultsMethod {
  return {
    aggregation: applied.aggregation,
    aggregationReason: applied.reason,
    parts: applied.parts && applied.parts.length > 1 ? applied.parts : [],
    trimmedFrom: o.trimmed ? TRIM_MIN_JUDGES : null,
    audienceShare: o.audienceWeight ?? 0,
    tieBreaks: o.tieBreaks.map((t) =>
      t.kind === 'criterion'
        ? { kind: 'criterion', criterion: t.criterion, criterionName: { ...(rubric.criteria.find((c) => c.key === t.criterion)?.name ?? { en: t.criterion }) } }
        : { kind: t.kind },
    ),
  };
}
