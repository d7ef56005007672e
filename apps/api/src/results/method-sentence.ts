import type { MethodTieBreak, ResultsMethod } from '@clapper/domain/results';

const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;

function tieBreakLabel(t: MethodTieBreak): string {
  switch (t.kind) {
    case 'criterion':
      return `higher “${t.criterionName.en ?? t.criterion}”`;
    case 'first_places':
      return 'more first places';
    case 'organiser':
      return "organiser's decision";
  }
}

/**
 * The method in one English sentence, for the results CSV (API users and files, never a page: the web words the
 * method itself), e.g. "Mean of judges' weighted totals, normalised per judge (z-score, rescaled to 0–100); ties
 * broken by: more first places."
 */
export function methodSentence(m: ResultsMethod): string {
  let s = "Mean of judges' weighted totals";
  if (m.aggregation === 'zscore') s += ', normalised per judge (z-score, rescaled to 0–100)';
  if (m.aggregation === 'calibrated') s += ", calibrated per judge (each judge's estimated leniency taken off their totals)";
  if (m.aggregationReason === 'complete_panels') s += ' (the default: every judge scored every entry)';
  if (m.aggregationReason === 'incomplete_panels') s += ' (the default: judges scored different entries)';
  if (m.parts.length > 1) s += `; the panels fall into ${m.parts.length} parts that share no judge, and scores are calibrated within each part only`;
  if (m.trimmedFrom !== null) s += `; trimmed mean for entries with ${m.trimmedFrom} or more judges`;
  if (m.audienceShare > 0)
    s += `; weighted ${percent(1 - m.audienceShare)} judges and ${percent(m.audienceShare)} audience vote (votes as a share of the most-voted entry's)`;
  if (m.tieBreaks.length === 0) return `${s}; equal scores share a rank.`;
  return `${s}; ties broken by: ${m.tieBreaks.map(tieBreakLabel).join(', ')}.`;
}
