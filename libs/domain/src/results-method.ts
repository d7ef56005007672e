/** The options checked before results are computed, and the sentence that tells how they were computed. */
import type { Rubric } from './rubric.js';
import type { ResultOptions, TieBreak } from './results-types.js';

/** A trimmed mean needs enough scorecards that dropping two still leaves a panel. */
export const TRIM_MIN_JUDGES = 5;

const quoted = (text: string): string => `“${text}”`;

function criterionName(rubric: Rubric, key: string): string {
  return rubric.criteria.find((c) => c.key === key)?.name.en ?? key;
}

/** How a tie-break reads in the method sentence and in messages, e.g. 'higher “Creativity”'. */
function tieBreakLabel(rubric: Rubric, t: TieBreak): string {
  switch (t.kind) {
    case 'criterion':
      return `higher ${quoted(criterionName(rubric, t.criterion))}`;
    case 'first_places':
      return 'more first places';
    case 'organiser':
      return "organiser's decision";
  }
}

const sameTieBreak = (a: TieBreak, b: TieBreak): boolean =>
  a.kind === b.kind && (a.kind !== 'criterion' || (b.kind === 'criterion' && a.criterion === b.criterion));

/**
 * Every problem at once, in English an organiser can act on, in the order of the chain, then the audience weight.
 * Options with problems are refused by computeResults: a tie-break on a criterion the rubric lacks would break
 * nothing, silently.
 */
export function checkResultOptions(rubric: Rubric, o: ResultOptions): string[] {
  const problems: string[] = [];
  const known = rubric.criteria.map((c) => quoted(c.name.en)).join(', ');
  o.tieBreaks.forEach((t, i) => {
    const which = `Tie-break ${i + 1}`;
    const kind = (t as { kind: unknown }).kind;
    if (kind !== 'criterion' && kind !== 'first_places' && kind !== 'organiser') {
      problems.push(`${which} is of a kind this app does not know (${JSON.stringify(kind)}). Use a criterion, first places or the organiser's decision.`);
      return;
    }
    if (t.kind === 'criterion' && !rubric.criteria.some((c) => c.key === t.criterion))
      problems.push(`${which} compares the criterion "${t.criterion}", which this rubric does not have. Choose one of: ${known}.`);
    const earlier = o.tieBreaks.findIndex((u) => sameTieBreak(u, t));
    if (earlier < i)
      problems.push(
        `${which} repeats tie-break ${earlier + 1} (${tieBreakLabel(rubric, t)}): a tie it did not break the first time, it cannot break the second. Remove it.`,
      );
    if (t.kind === 'organiser' && i !== o.tieBreaks.length - 1)
      problems.push(`${which}, the organiser's decision, must come last: organisers decide only the ties the declared rules leave. Move it to the end.`);
  });
  const w = o.audienceWeight;
  if (w !== undefined && !(w >= 0 && w <= 1))
    problems.push(`Give the audience vote a weight from 0 to 1 (0 leaves the votes out of the score); ${w} is outside that range.`);
  return problems;
}

const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** e.g. "Mean of judges' weighted totals, normalised per judge (z-score, rescaled to 0–100); ties broken by: more first places." */
export function describeMethod(rubric: Rubric, o: ResultOptions): string {
  let s = "Mean of judges' weighted totals";
  if (o.normalise) s += ', normalised per judge (z-score, rescaled to 0–100)';
  if (o.trimmed) s += `; trimmed mean for entries with ${TRIM_MIN_JUDGES} or more judges`;
  const w = o.audienceWeight ?? 0;
  if (w > 0) s += `; weighted ${percent(1 - w)} judges and ${percent(w)} audience vote (votes as a share of the most-voted entry's)`;
  if (o.tieBreaks.length === 0) return `${s}; equal scores share a rank.`;
  return `${s}; ties broken by: ${o.tieBreaks.map((t) => tieBreakLabel(rubric, t)).join(', ')}.`;
}
