/** What the results specs share: small rubrics, entries and scorecards. Left out of the build, like the specs. */
import { computeResults, type EntryResult, type ResultEntryInput, type ResultOptions, type ResultScorecardInput, type ResultsInput } from './results.js';
import type { Criterion, Rubric } from './rubric.js';
import type { Scores } from './scorecard.js';

export function makeCriterion(key: string, name: string, scaleMin: number, scaleMax: number, weight = 1): Criterion {
  return {
    key,
    name: { en: name },
    description: { en: `About ${name}` },
    weight,
    scaleMin,
    scaleMax,
    levels: Array.from({ length: scaleMax - scaleMin + 1 }, (_, i) => ({ score: scaleMin + i, descriptor: { en: `Level ${scaleMin + i}` } })),
  };
}

/** One criterion from 0 to 10, so a scorecard's weighted total is ten times its level: easy to work by hand. */
export const TEN: Rubric = { criteria: [makeCriterion('overall', 'Overall', 0, 10)], overallComment: false };
/** Two equal criteria from 0 to 10: the total is 5 × (idea + craft), so entries can tie on totals but not on a criterion. */
export const TWO: Rubric = { criteria: [makeCriterion('idea', 'Idea', 0, 10), makeCriterion('craft', 'Craft', 0, 10)], overallComment: false };

export const makeEntry = (code: string, overrides: Partial<ResultEntryInput> = {}): ResultEntryInput => ({
  entryId: `id-${code}`,
  code,
  categoryId: 'junior',
  countryCode: 'TH',
  ...overrides,
});
/** A scorecard on TEN with this total (a multiple of 10). */
export const card = (judgeId: string, code: string, total: number): ResultScorecardInput => ({
  entryId: `id-${code}`,
  judgeId,
  scores: { overall: total / 10 },
});
export const cardOn = (judgeId: string, code: string, scores: Scores): ResultScorecardInput => ({ entryId: `id-${code}`, judgeId, scores });

export const RAW: ResultOptions = { aggregation: 'mean', trimmed: false, tieBreaks: [] };

export function results(
  entries: ResultEntryInput[],
  scorecards: ResultScorecardInput[],
  options: Partial<ResultOptions> = {},
  rest: Partial<ResultsInput> = {},
) {
  return computeResults({ rubric: TEN, entries, scorecards, options: { ...RAW, ...options }, ...rest });
}

export const table = (entries: EntryResult[]) => entries.map((e) => [e.code, e.rank, e.score, e.decidedBy, e.tiedWith]);
