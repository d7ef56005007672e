import type { Problem } from '../refusals.js';

/**
 * Refusals of the scoring domain: a judge's scorecards, and the rubric they are scored against. Each value is
 * `scoring.<name>`; the web translates it under `refusals.scoring.<name>`. A criterion is named by its key
 * (`criterion`): the web names it from the rubric it shows, in the reader's language. A rubric's problem names its
 * criterion by its position in the list (`position`, from 1), as the organiser sees the list.
 */
export enum ScoringReason {
  /** the save was based on an old version: `details.current` holds the scorecard as it is now */
  StaleVersion = 'scoring.stale_version',
  /** the round closed: its scores are locked */
  RoundClosed = 'scoring.round_closed',
  /** judging has not opened yet */
  RoundNotOpen = 'scoring.round_not_open',
  /** a submit whose scores have problems (`problems`: the score_* and unknown_criterion ones) */
  SubmitIncomplete = 'scoring.submit_incomplete',
  /** a draft's scores with problems (`problems`, as above) */
  ScoresInvalid = 'scoring.scores_invalid',
  /** one problem of a scorecard: a criterion without a score, on submit */
  ScoreMissing = 'scoring.score_missing',
  ScoreNotInteger = 'scoring.score_not_integer',
  ScoreOutOfScale = 'scoring.score_out_of_scale',
  /** a score for a key the rubric does not have (the rubric changed under an open page) */
  UnknownCriterion = 'scoring.unknown_criterion',
  /** the round does not show other judges' scores */
  OtherScoresHidden = 'scoring.other_scores_hidden',
  /** other judges' scores are shown only once the judge has submitted their own */
  OwnScorecardFirst = 'scoring.own_scorecard_first',
  /** an Idempotency-Key sent before with a different request */
  IdempotencyKeyReused = 'scoring.idempotency_key_reused',
  /** the rubric's problems, each a field problem under `rubric.…` (libs/domain/src/rubric.ts rubricProblem) */
  RubricEmpty = 'scoring.rubric_empty',
  RubricTooMany = 'scoring.rubric_too_many',
  RubricKeyInvalid = 'scoring.rubric_key_invalid',
  RubricDuplicateKey = 'scoring.rubric_duplicate_key',
  RubricNameEnglishMissing = 'scoring.rubric_name_english_missing',
  RubricDescriptionEnglishMissing = 'scoring.rubric_description_english_missing',
  RubricLevelEnglishMissing = 'scoring.rubric_level_english_missing',
  RubricWeightNotPositive = 'scoring.rubric_weight_not_positive',
  RubricScaleStartInvalid = 'scoring.rubric_scale_start_invalid',
  RubricScaleEndInvalid = 'scoring.rubric_scale_end_invalid',
  RubricLevelsMismatch = 'scoring.rubric_levels_mismatch',
}

type CriterionParams = { criterion: string };
type ScaleParams = { criterion: string; min: number; max: number };
type PositionParams = { position: number };

/** The facts each refusal carries, for the message in the reader's language. */
export interface ScoringReasonParams {
  [ScoringReason.StaleVersion]: Record<string, never>;
  [ScoringReason.RoundClosed]: { closesAt: string };
  [ScoringReason.RoundNotOpen]: { opensAt: string };
  [ScoringReason.SubmitIncomplete]: { problems: Problem[] };
  [ScoringReason.ScoresInvalid]: { problems: Problem[] };
  [ScoringReason.ScoreMissing]: CriterionParams;
  [ScoringReason.ScoreNotInteger]: ScaleParams;
  [ScoringReason.ScoreOutOfScale]: ScaleParams;
  [ScoringReason.UnknownCriterion]: CriterionParams;
  [ScoringReason.OtherScoresHidden]: Record<string, never>;
  [ScoringReason.OwnScorecardFirst]: Record<string, never>;
  [ScoringReason.IdempotencyKeyReused]: Record<string, never>;
  [ScoringReason.RubricEmpty]: Record<string, never>;
  [ScoringReason.RubricTooMany]: { max: number };
  [ScoringReason.RubricKeyInvalid]: PositionParams;
  [ScoringReason.RubricDuplicateKey]: PositionParams;
  [ScoringReason.RubricNameEnglishMissing]: PositionParams;
  [ScoringReason.RubricDescriptionEnglishMissing]: PositionParams;
  /** `level`: the level's position in the criterion's list, from 1 */
  [ScoringReason.RubricLevelEnglishMissing]: { position: number; level: number };
  [ScoringReason.RubricWeightNotPositive]: PositionParams;
  [ScoringReason.RubricScaleStartInvalid]: PositionParams;
  /** `maxLevels`: the most levels a scale may have */
  [ScoringReason.RubricScaleEndInvalid]: { position: number; maxLevels: number };
  [ScoringReason.RubricLevelsMismatch]: PositionParams;
}
