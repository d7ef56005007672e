/** The shapes of a round's results: the options, the input and what computeResults gives (see results.ts). */
import type { Rubric } from './rubric.js';
import type { Scores } from './scorecard.js';
import type { CalibrationPart, JudgeOffset } from './results-calibrate.js';

/**
 * How the judges' totals become an entry's score:
 * - 'mean': the plain mean of the totals;
 * - 'zscore': each judge's totals as z-scores, rescaled to 0–100 (see normaliseTotals);
 * - 'calibrated': each total less its judge's estimated offset (least squares over the entries judges share, see
 *   results-calibrate.ts).
 */
export const AGGREGATIONS = ['mean', 'zscore', 'calibrated'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
/** 'auto', the default: the mean when every judge scored every entry, the calibration otherwise. */
export const AGGREGATION_CHOICES = ['auto', ...AGGREGATIONS] as const;
export type AggregationChoice = (typeof AGGREGATION_CHOICES)[number];
/** Why the results use their aggregation: the organisers chose it, or it is the default for the round's panels. */
export const AGGREGATION_REASONS = ['chosen', 'complete_panels', 'incomplete_panels'] as const;
export type AggregationReason = (typeof AGGREGATION_REASONS)[number];

export type TieBreak =
  /** higher mean level on that rubric criterion (key) */
  | { kind: 'criterion'; criterion: string }
  /** more "first places": judges for whom this entry has their highest total among the scorecards they submitted in the round (ties for a judge's top all count) */
  | { kind: 'first_places' }
  /** an organiser's recorded decision (see OrganiserDecision) */
  | { kind: 'organiser' };

export interface ResultOptions {
  /** how the judges' totals are combined (see Aggregation); 'auto' chooses by the panels */
  aggregation: AggregationChoice;
  /** trimmed mean (drop the single highest and lowest scorecard) for entries with 5 or more judges */
  trimmed: boolean;
  /** the declared tie-break chain, applied in order when scores are equal */
  tieBreaks: TieBreak[];
  /** optional audience vote weighting in [0,1]; 0 or absent = votes never mix into the judges' score */
  audienceWeight?: number;
}

export interface ResultEntryInput {
  entryId: string;
  code: string;
  categoryId: string;
  countryCode: string;
}

/** A submitted scorecard; drafts never count. */
export interface ResultScorecardInput {
  entryId: string;
  judgeId: string;
  scores: Scores;
}

/** An organiser's decision for a tie: these entries, in this order (best first). */
export interface OrganiserDecision {
  entryIds: string[];
}

export interface ResultsInput {
  rubric: Rubric;
  /** every entry of the round: a scorecard for an entry not listed here is refused */
  entries: ResultEntryInput[];
  /** submitted scorecards only, at most one per judge and entry */
  scorecards: ResultScorecardInput[];
  options: ResultOptions;
  decisions?: OrganiserDecision[];
  /** entryId -> audience votes (whole numbers, 0 or more); only mixed into scores when options.audienceWeight > 0 */
  votes?: Record<string, number>;
}

export type DecidedBy = 'score' | 'criterion' | 'first_places' | 'organiser' | 'unresolved';

export interface EntryResult {
  entryId: string;
  code: string;
  categoryId: string;
  countryCode: string;
  /** 1-based; entries still tied after the whole chain share a rank (1,2,2,4) */
  rank: number;
  /** the final score on 0–100 (after normalisation, trim and audience weighting), to 9 decimals; null when no scorecard */
  score: number | null;
  /** plain mean of the weighted totals, to 9 decimals, whatever the options; null when no scorecard */
  rawMean: number | null;
  /** submitted scorecards for the entry; a trimmed mean is over two fewer */
  judges: number;
  /** criterion key -> mean level over all the entry's scorecards (never trimmed), to 9 decimals; empty when no scorecard */
  criterionMeans: Record<string, number>;
  /** judges for whom this is (one of) the entries with their highest total in the round */
  firstPlaces: number;
  /** as given, whether or not they are mixed into the score */
  audienceVotes: number;
  /**
   * What finally set this entry apart from every entry with the same score: 'score' when its score is unique
   * (and for entries without a score, placed last), otherwise the tie-break at which it was left on its own;
   * 'unresolved' when the whole chain left it tied.
   */
  decidedBy: DecidedBy;
  /** codes of the entries it is still tied with after the chain, by code; empty when resolved */
  tiedWith: string[];
}

/** One step of the tie-break chain as the method shows it: a criterion step carries the criterion's name (language → text). */
export type MethodTieBreak = { kind: 'criterion'; criterion: string; criterionName: Record<string, string> } | { kind: 'first_places' } | { kind: 'organiser' };

/** How results were computed, as facts: shown with the results, in the reader's language. */
export interface ResultsMethod {
  /** how the judges' totals were combined */
  aggregation: Aggregation;
  /** why: the organisers' choice, or the default for complete or incomplete panels */
  aggregationReason: AggregationReason;
  /**
   * calibration only: the connected parts of the judge–entry graph, when there is more than one. Offsets are
   * estimated within a part, so scores from different parts are not calibrated against each other. Empty otherwise.
   */
  parts: CalibrationPart[];
  /** the trimmed mean applies to entries with at least this many judges; null when the mean is not trimmed */
  trimmedFrom: number | null;
  /** the audience vote's share of the score, 0 to 1 (0: votes are left out) */
  audienceShare: number;
  /** the tie-break chain, in order; empty when equal scores share a rank */
  tieBreaks: MethodTieBreak[];
}

export interface RoundResults {
  options: ResultOptions;
  /** how these results were computed, shown with them */
  method: ResultsMethod;
  /** ranked, best first */
  entries: EntryResult[];
  /** calibration only: each judge's estimated offset, by judge id; empty for the other aggregations */
  judgeOffsets: JudgeOffset[];
}
