import { problem, ScoringReason, type Problem } from './refusals.js';
import type { Criterion, Rubric } from './rubric.js';

/**
 * A scorecard's scores, stored exactly as the judge entered them; every derived number (the weighted total,
 * statistics, rankings) is recomputed from them, so that a result can always be traced back to what judges chose.
 */

/** A scorecard's life cycle: draft (autosaved) → submitted (editable while the round is open) → locked (when it closes). */
export const SCORECARD_STATUSES = ['draft', 'submitted', 'locked'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];

/** An assignment's scorecard as judges and organisers see it: 'none' until the judge first saves one. */
export const SCORECARD_STATES = ['none', ...SCORECARD_STATUSES] as const;
export type ScorecardState = (typeof SCORECARD_STATES)[number];

/** criterion key -> level the judge chose */
export type Scores = Record<string, number>;

export type ScoreProblem = { criterion: string; code: 'missing' | 'not_integer' | 'out_of_scale' | 'unknown_criterion' };

/**
 * A draft is autosaved while the judge works, so it may leave criteria unscored, but each score it holds must
 * be one the judge could have chosen. A submitted scorecard scores every criterion. Problems come in the
 * rubric's order, then scores for keys the rubric does not have (the rubric changed under an open page).
 */
export function checkScores(r: Rubric, scores: Scores, mode: 'draft' | 'submit'): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  for (const c of r.criteria) {
    const value = Object.hasOwn(scores, c.key) ? scores[c.key] : undefined;
    if (value === undefined) {
      if (mode === 'submit') problems.push({ criterion: c.key, code: 'missing' });
    } else if (!Number.isInteger(value)) problems.push({ criterion: c.key, code: 'not_integer' });
    else if (value < c.scaleMin || value > c.scaleMax) problems.push({ criterion: c.key, code: 'out_of_scale' });
  }
  const known = new Set(r.criteria.map((c) => c.key));
  for (const key of Object.keys(scores)) if (!known.has(key)) problems.push({ criterion: key, code: 'unknown_criterion' });
  return problems;
}

/**
 * A problem as a refusal reason with its facts: the criterion by its key (the web names it from the rubric it shows,
 * in the reader's language), and the scale where the score must fall.
 */
export function scoreProblemReason(p: ScoreProblem, r: Rubric): Problem {
  const c = r.criteria.find((x) => x.key === p.criterion);
  if (!c || p.code === 'unknown_criterion') return problem(ScoringReason.UnknownCriterion, { criterion: p.criterion });
  switch (p.code) {
    case 'missing':
      return problem(ScoringReason.ScoreMissing, { criterion: c.key });
    case 'not_integer':
      return problem(ScoringReason.ScoreNotInteger, { criterion: c.key, min: c.scaleMin, max: c.scaleMax });
    case 'out_of_scale':
      return problem(ScoringReason.ScoreOutOfScale, { criterion: c.key, min: c.scaleMin, max: c.scaleMax });
  }
}

/** Where the score sits on its criterion's scale, from 0 at the bottom level to 1 at the top. */
const position = (c: Criterion, score: number): number => (score - c.scaleMin) / (c.scaleMax - c.scaleMin);

/**
 * Weighted total on a 0–100 scale: sum over criteria of normalisedWeight * (score - scaleMin) / (scaleMax - scaleMin) * 100.
 * Criteria may have different scales; each is brought to 0–1 first, so a 1–10 criterion does not outweigh a
 * 1–5 one. The weights are divided by their sum last, so that the bottom of every scale gives exactly 0 and the
 * top of every scale exactly 100. Not rounded: rounding is for display.
 * For a complete scorecard only: throws a RangeError when checkScores(r, scores, 'submit') finds problems,
 * because a total over some of the criteria would quietly rank an entry as if it had scored 0 on the rest.
 */
export function weightedTotal(r: Rubric, scores: Scores): number {
  const problems = checkScores(r, scores, 'submit');
  if (problems.length) throw new RangeError(`Cannot total incomplete or invalid scores: ${problems.map((p) => `${p.criterion} ${p.code}`).join(', ')}`);
  let weighted = 0;
  let weights = 0;
  for (const c of r.criteria) {
    weighted += c.weight * position(c, scores[c.key]);
    weights += c.weight;
  }
  return (weighted / weights) * 100;
}
