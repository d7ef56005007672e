import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AWARD_KINDS, UNDECIDED_REASONS, type AwardKind, type UndecidedReason } from '@clapper/domain/awards';
import { ResultsReason } from '@clapper/domain/refusals';
import {
  AGGREGATION_CHOICES,
  AGGREGATION_REASONS,
  AGGREGATIONS,
  TIE_BREAK_KINDS,
  type Aggregation,
  type AggregationChoice,
  type AggregationReason,
  type CalibrationPart,
  type DecidedBy,
  type MethodTieBreak,
  type ResultsMethod,
  type TieBreak,
} from '@clapper/domain/results';
import { ROUND_KINDS, ROUND_STATUSES, type RoundKind, type RoundStatus } from '@clapper/domain/rounds';
import { ApiLocalizedText, IsLocalizedText } from '../../common/localized-text.validator.js';
import { AWARD_WINNER_SOURCES, type AwardWinnerSource } from '../award.entity.js';
import { PUBLICATION_STATES, type PublicationState } from '../publication.js';

const DECIDED_BY = ['score', 'criterion', 'first_places', 'organiser', 'unresolved'] as const satisfies readonly DecidedBy[];
const CERTIFICATE_KINDS = ['participation', 'award'] as const;

export class TieBreakDto {
  @ApiProperty({ enum: TIE_BREAK_KINDS })
  @IsIn(TIE_BREAK_KINDS, { message: 'kind must be criterion, first_places or organiser' })
  kind: TieBreak['kind'];

  @ApiPropertyOptional({ description: "the rubric criterion's key, for kind 'criterion'" })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  criterion?: string;
}

export class ResultOptionsDto {
  @ApiProperty({
    enum: AGGREGATION_CHOICES,
    description:
      "how the judges' totals are combined: 'mean'; 'zscore' (per judge, rescaled to 0–100); 'calibrated' (each total less its judge's estimated offset); 'auto' (the mean where every judge scored every entry, the calibration otherwise)",
  })
  @IsIn(AGGREGATION_CHOICES, { message: `aggregation must be one of ${AGGREGATION_CHOICES.join(', ')}` })
  aggregation: AggregationChoice;

  @ApiPropertyOptional({
    description: 'changing the aggregation after the first submitted scorecard: true to confirm (refused otherwise with results.aggregation_unconfirmed)',
  })
  @IsOptional()
  @IsBoolean({ message: 'confirmAggregationChange must be true or false' })
  confirmAggregationChange?: boolean;

  @ApiProperty({ description: 'trimmed mean (the highest and lowest scorecard dropped) for entries with 5 or more judges' })
  @IsBoolean()
  trimmed: boolean;

  @ApiProperty({ type: [TieBreakDto], description: 'the declared tie-break chain, in order' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TieBreakDto)
  tieBreaks: TieBreakDto[];
}

export class TieDecisionInputDto {
  @ApiProperty({ type: [String], description: 'the tied entries (round entry ids are not used: entry ids), best first' })
  @IsArray()
  @ArrayMinSize(2, { message: 'A decision orders at least two tied entries.' })
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'Each entry can appear once in a decision.' })
  @IsUUID('all', { each: true, message: 'each entry id must be a UUID' })
  entryIds: string[];

  @ApiProperty({ description: 'why the organisers decided so; kept with the decision and in the audit log' })
  @IsString()
  @MinLength(5, { message: 'Give the reason for the decision (at least 5 characters).' })
  @MaxLength(1000)
  reason: string;
}

export class TieDecisionDto {
  @ApiProperty({ type: [String] })
  entryIds: string[];
  @ApiProperty({ type: [String] })
  codes: string[];
  @ApiProperty()
  reason: string;
  @ApiProperty()
  decidedBy: string;
  @ApiProperty()
  decidedAt: string;
}

export class EntryResultDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  countryCode: string;
  @ApiProperty()
  categoryId: string;
  @ApiProperty()
  rank: number;
  @ApiProperty({ type: Number, nullable: true })
  score: number | null;
  @ApiProperty({ type: Number, nullable: true })
  rawMean: number | null;
  @ApiProperty()
  judges: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  criterionMeans: Record<string, number>;
  @ApiProperty()
  firstPlaces: number;
  @ApiProperty()
  audienceVotes: number;
  @ApiProperty({ enum: DECIDED_BY })
  decidedBy: DecidedBy;
  @ApiProperty({ type: [String] })
  tiedWith: string[];
}

export class ScopedRankDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  rank: number;
  @ApiProperty({ type: [String] })
  tiedWith: string[];
}

export class ScopedResultsDto {
  @ApiProperty({ description: 'a category id or a country code' })
  key: string;
  @ApiProperty({ type: [ScopedRankDto] })
  entries: ScopedRankDto[];
}

export class AppliedOptionsDto {
  @ApiProperty({ enum: AGGREGATION_CHOICES, description: "as the organisers chose it ('auto': by the panels; method.aggregation says what was used)" })
  aggregation: AggregationChoice;
  @ApiProperty()
  trimmed: boolean;
  @ApiProperty({ type: [TieBreakDto] })
  tieBreaks: TieBreakDto[];
  @ApiProperty({ description: 'share of the audience vote mixed into the score (0 = none)' })
  audienceWeight: number;
}

export class MethodTieBreakDto {
  @ApiProperty({ enum: TIE_BREAK_KINDS })
  kind: MethodTieBreak['kind'];
  @ApiPropertyOptional({ description: "kind 'criterion': the rubric criterion's key" })
  criterion?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: "kind 'criterion': the criterion's name, language → text" })
  criterionName?: Record<string, string>;
}

/** How the results were computed, as facts; the web says it in the reader's language. */
export class CalibrationPartDto implements CalibrationPart {
  @ApiProperty({ type: [String] })
  judgeIds: string[];
  @ApiProperty({ type: [String] })
  entryIds: string[];
}

export class ResultsMethodDto implements ResultsMethod {
  @ApiProperty({ enum: AGGREGATIONS, description: "how the judges' totals were combined" })
  aggregation: Aggregation;
  @ApiProperty({ enum: AGGREGATION_REASONS, description: "why: 'chosen' by the organisers, or the default for 'complete_panels' or 'incomplete_panels'" })
  aggregationReason: AggregationReason;
  @ApiProperty({
    type: [CalibrationPartDto],
    description: 'calibration only, when the judge–entry graph falls into more than one part: scores of different parts are not calibrated against each other',
  })
  parts: CalibrationPartDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'the trimmed mean applies to entries with at least this many judges; null when not trimmed' })
  trimmedFrom: number | null;
  @ApiProperty({ description: "the audience vote's share of the score, 0 to 1 (0: left out)" })
  audienceShare: number;
  @ApiProperty({ type: [MethodTieBreakDto], description: 'the tie-break chain, in order; empty when equal scores share a rank' })
  tieBreaks: MethodTieBreak[];
}

export class ResultsJudgeDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  displayName: string;
}

export class RoundResultsDto {
  @ApiProperty()
  roundId: string;
  @ApiProperty({ enum: ROUND_KINDS })
  kind: RoundKind;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({ enum: ROUND_STATUSES })
  status: RoundStatus;
  @ApiProperty({ type: AppliedOptionsDto, description: 'the options these results were computed with; shown with the results' })
  options: AppliedOptionsDto;
  @ApiProperty({ type: ResultsMethodDto, description: 'how these results were computed' })
  method: ResultsMethodDto;
  @ApiProperty({ type: [EntryResultDto] })
  entries: EntryResultDto[];
  @ApiProperty({ type: [ScopedResultsDto] })
  byCategory: ScopedResultsDto[];
  @ApiProperty({ type: [ScopedResultsDto] })
  byCountry: ScopedResultsDto[];
  @ApiProperty({ type: [TieDecisionDto] })
  decisions: TieDecisionDto[];
  @ApiProperty({ type: [ResultsJudgeDto], description: 'the judges the method names (the parts), by id' })
  judges: ResultsJudgeDto[];
}

export class AwardInputDto {
  @ApiProperty({ enum: AWARD_KINDS })
  @IsIn(AWARD_KINDS, { message: `kind must be one of ${AWARD_KINDS.join(', ')}` })
  kind: AwardKind;

  @ApiLocalizedText({ example: { en: 'Grand Prize', ja: 'グランプリ' } })
  @IsLocalizedText({ requireEnglish: true, maxLength: 120 })
  name: Record<string, string>;

  @ApiLocalizedText({ required: false, description: 'language code → a line said at the ceremony' })
  @IsOptional()
  @IsLocalizedText({ maxLength: 500 })
  description?: Record<string, string>;

  @ApiPropertyOptional({ description: 'reveal order at the ceremony (ascending)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;

  @ApiPropertyOptional({ description: 'how many winners (per country for country_best)' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'An award has at least one place.' })
  @Max(20)
  places?: number;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'only entries of this category compete' })
  @IsOptional()
  @IsUUID('all', { message: 'categoryId must be a UUID' })
  categoryId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "special awards: the rubric criterion's key to rank by" })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  criterion?: string | null;
}

export class AwardUpdateDto extends AwardInputDto {}

export class PublishResultsDto {
  @ApiPropertyOptional({
    description: 'publish even though some texts miss a translation (refused otherwise with competitions.translation_gaps, whose params list them)',
  })
  @IsOptional()
  @IsBoolean({ message: 'confirmGaps must be true or false' })
  confirmGaps?: boolean;
}

export class WinnerInputDto {
  @ApiProperty()
  @IsUUID('all', { message: 'entryId must be a UUID' })
  entryId: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(20)
  place: number;
}

export class OverrideWinnersDto {
  @ApiProperty({ type: [WinnerInputDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => WinnerInputDto)
  winners: WinnerInputDto[];

  @ApiPropertyOptional({ description: 'country_best: the country whose winners these are' })
  @IsOptional()
  @IsString()
  @Length(2, 2)
  countryCode?: string;

  @ApiProperty({ description: 'why the results are overridden; goes into the audit log' })
  @IsString()
  @MinLength(5, { message: 'An override needs a reason (at least 5 characters).' })
  @MaxLength(1000)
  reason: string;
}

export class WinnerDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  countryCode: string;
  @ApiProperty()
  place: number;
  @ApiProperty({ type: String, nullable: true })
  forCountry: string | null;
  @ApiProperty({ enum: AWARD_WINNER_SOURCES })
  source: AwardWinnerSource;
  @ApiProperty({ type: String, nullable: true })
  reason: string | null;
}

export class SuggestionDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  place: number;
  @ApiProperty({ type: String, nullable: true })
  forCountry: string | null;
}

/** The facts of an undecided award, by reason (libs/domain/src/awards.ts UndecidedParams); a reason without facts sends none. */
export class UndecidedParamsDto {
  @ApiPropertyOptional({ description: 'tie_at_cut: the last winning place, which falls inside the tie' })
  place?: number;
  @ApiPropertyOptional({ type: [String], description: 'tie_at_cut: the codes of the tied entries; already_won: the codes of the entries that already won' })
  codes?: string[];
  @ApiPropertyOptional({ description: 'already_won: how many entries already won (the plural)' })
  count?: number;
  @ApiPropertyOptional({
    type: [String],
    description: 'already_won: the ids of the awards they won, in ceremony order (the web names them in the reader’s language)',
  })
  awardIds?: string[];
}

export class UndecidedDto {
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({ enum: UNDECIDED_REASONS, enumName: 'UndecidedReason', description: 'why the results suggest no winner (or not all): the web words it' })
  reason: UndecidedReason;
  @ApiProperty({ type: UndecidedParamsDto, description: 'the facts the web words the reason with' })
  params: UndecidedParamsDto;
}

export class AwardDto {
  @ApiProperty()
  id: string;
  @ApiProperty({ enum: AWARD_KINDS })
  kind: AwardKind;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  name: Record<string, string>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  description: Record<string, string>;
  @ApiProperty()
  position: number;
  @ApiProperty()
  places: number;
  @ApiProperty({ type: String, nullable: true })
  categoryId: string | null;
  @ApiProperty({ type: String, nullable: true })
  criterion: string | null;
  @ApiProperty({ type: [WinnerDto] })
  winners: WinnerDto[];
  @ApiProperty({ type: [SuggestionDto], description: 'what the results put forward' })
  suggested: SuggestionDto[];
  @ApiProperty({ type: [UndecidedDto] })
  undecided: UndecidedDto[];
}

/** What can stand in the way of sealing the results: each also a problem of the `results.not_ready` refusal. */
export const SEAL_BLOCKERS = [
  ResultsReason.NoFinal,
  ResultsReason.FinalNotClosed,
  ResultsReason.NoAwards,
  ResultsReason.AwardsWithoutWinners,
  ResultsReason.AwardsUndecided,
] as const;
export type SealBlocker = (typeof SEAL_BLOCKERS)[number];

export class SealBlockerDto {
  @ApiProperty({ enum: SEAL_BLOCKERS, enumName: 'SealBlocker' })
  reason: SealBlocker;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'results.awards_without_winners and results.awards_undecided: { awards (their names, each language → text), awardIds }; the others carry none',
  })
  params: Record<string, unknown>;
}

export class PublicationDto {
  @ApiProperty({ enum: PUBLICATION_STATES })
  state: PublicationState;
  @ApiProperty({ type: String, nullable: true })
  sealedAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  publishedAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  ceremonyAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  finalRoundId: string | null;
  @ApiProperty({ type: [SealBlockerDto], description: 'what still stands in the way of sealing (while open)' })
  blockers: SealBlockerDto[];
}

export class AwardsOverviewDto {
  @ApiProperty({ type: PublicationDto })
  publication: PublicationDto;
  @ApiProperty({ type: [AwardDto] })
  awards: AwardDto[];
}

export class CeremonySubtitleDto {
  @ApiProperty()
  language: string;
  @ApiProperty()
  url: string;
}

export class CeremonyEntryDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  countryCode: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  countryName: Record<string, string>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  categoryName: Record<string, string>;
  @ApiProperty({ description: 'credits as the team consented (first names by default)' })
  credits: string;
  @ApiProperty({ type: [String], description: 'the same credits as names, for the ceremony to join in its own language' })
  creditNames: string[];
  @ApiProperty({ type: String, nullable: true })
  posterUrl: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'winners only: the web rendition, short-lived' })
  videoUrl: string | null;
  @ApiProperty({ type: String, nullable: true, description: "winners only: the adaptive ladder's signed master playlist (same site), when made" })
  hlsUrl: string | null;
  @ApiProperty({ type: [CeremonySubtitleDto] })
  subtitles: CeremonySubtitleDto[];
  @ApiProperty({ type: String, nullable: true, description: "winners only: the work's public showcase page (absolute), live once the results are published" })
  publicUrl: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'winners only: a QR code (SVG) of publicUrl, a path on the platform' })
  qrUrl: string | null;
}

export class CeremonyRevealDto {
  @ApiProperty()
  awardId: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  awardName: Record<string, string>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  description: Record<string, string>;
  @ApiProperty({ type: String, nullable: true, description: 'country_best: the country of this reveal' })
  countryCode: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, nullable: true })
  countryName: Record<string, string> | null;
  @ApiProperty({ type: [CeremonyEntryDto] })
  nominees: CeremonyEntryDto[];
  @ApiProperty({ type: [CeremonyEntryDto], description: 'best first' })
  winners: CeremonyEntryDto[];
}

export class CeremonyDto {
  @ApiProperty()
  competitionId: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  competitionName: Record<string, string>;
  @ApiProperty({ type: [String] })
  languages: string[];
  @ApiProperty({ type: String, nullable: true, description: 'the language the organiser chose for the ceremony (one of `languages`); null: not chosen' })
  language: string | null;
  @ApiProperty({ type: PublicationDto })
  publication: PublicationDto;
  @ApiProperty({ type: [CeremonyRevealDto] })
  reveals: CeremonyRevealDto[];
  @ApiProperty({ description: 'when the media URLs stop working; fetch the deck again before' })
  expiresAt: string;
}

export class TeamRoundResultDto {
  @ApiProperty()
  roundId: string;
  @ApiProperty({ enum: ROUND_KINDS })
  kind: RoundKind;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty()
  rank: number;
  @ApiProperty({ description: 'entries ranked in the round' })
  of: number;
  @ApiProperty()
  categoryRank: number;
  @ApiProperty()
  ofInCategory: number;
  @ApiProperty({ type: Number, nullable: true })
  score: number | null;
  @ApiProperty()
  judges: number;
  @ApiProperty({ type: ResultsMethodDto, description: 'how the results were computed' })
  method: ResultsMethodDto;
}

export class TeamAwardDto {
  @ApiProperty()
  awardId: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  name: Record<string, string>;
  @ApiProperty()
  place: number;
  @ApiProperty({ type: String, nullable: true })
  forCountry: string | null;
}

export class TeamFeedbackDto {
  @ApiProperty({ enum: ROUND_KINDS })
  roundKind: RoundKind;
  @ApiProperty({ description: 'judges are not named: "Judge 1", "Judge 2"… per round' })
  judge: number;
  @ApiProperty()
  text: string;
}

export class CertificateLinkDto {
  @ApiProperty({ enum: CERTIFICATE_KINDS })
  kind: (typeof CERTIFICATE_KINDS)[number];
  @ApiProperty({ type: String, nullable: true })
  awardId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, nullable: true })
  awardName: Record<string, string> | null;
  @ApiProperty({ type: [String], description: 'languages it can be downloaded in' })
  languages: string[];
}

export class TeamResultDto {
  @ApiProperty({ enum: PUBLICATION_STATES })
  state: PublicationState;
  @ApiProperty()
  published: boolean;
  @ApiProperty({ type: String, nullable: true })
  publishedAt: string | null;
  @ApiProperty({ type: [TeamRoundResultDto] })
  rounds: TeamRoundResultDto[];
  @ApiProperty({ type: [TeamAwardDto] })
  awards: TeamAwardDto[];
  @ApiProperty({ type: [TeamFeedbackDto] })
  feedback: TeamFeedbackDto[];
  @ApiProperty({ type: [CertificateLinkDto] })
  certificates: CertificateLinkDto[];
}

export class EntryConfidenceDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty({ description: 'place in the ranking shown, 1-based' })
  position: number;
  @ApiProperty({ description: 'probability that the entry belongs above the cut-off, 0 to 1' })
  above: number;
}

export class PairConfidenceDto {
  @ApiProperty()
  higherId: string;
  @ApiProperty()
  higherCode: string;
  @ApiProperty()
  lowerId: string;
  @ApiProperty()
  lowerCode: string;
  @ApiProperty({ description: 'probability that the higher entry rightly ranks above the lower, 0 to 1' })
  probability: number;
  @ApiProperty({ description: 'neither order reaches the threshold (tooCloseBelow): another judge on both would help' })
  tooClose: boolean;
}

export const CUTOFF_REASONS = ['awards', 'quota'] as const;

export class CutoffConfidenceDto {
  @ApiProperty({ description: 'the line is drawn after this place' })
  position: number;
  @ApiProperty({
    enum: CUTOFF_REASONS,
    description: "'awards': the last place of these awards (in ceremony order); 'quota': the promotion quota of each country",
  })
  reason: (typeof CUTOFF_REASONS)[number];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: { type: 'string' } },
    description: 'the awards whose places end here, each name language → text',
  })
  awards: Record<string, string>[];
  @ApiProperty({ type: [EntryConfidenceDto] })
  entries: EntryConfidenceDto[];
  @ApiProperty({ type: [PairConfidenceDto] })
  pairs: PairConfidenceDto[];
}

export class JudgeEffectDto {
  @ApiProperty()
  judgeId: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty()
  scorecards: number;
  @ApiProperty({ description: 'points the judge adds to a typical total (0–100): + lenient, − severe' })
  offset: number;
  @ApiProperty({ type: [Number], nullable: true, description: '95% interval [low, high]; null when the noise cannot be estimated' })
  offsetInterval: [number, number] | null;
  @ApiProperty({ type: Number, nullable: true, description: 'the range the judge uses against the entries’ quality: 1 typical, below 1 narrow' })
  scale: number | null;
  @ApiProperty({ type: [Number], nullable: true })
  scaleInterval: [number, number] | null;
  @ApiProperty({ description: 'every total of this judge is the same' })
  constant: boolean;
  @ApiProperty({ description: 'pseudo-scorecards of prior pulling a judge with few scorecards towards 0' })
  prior: number;
}

export class RankingConfidenceDto {
  @ApiProperty()
  roundId: string;
  @ApiProperty({ description: 'bootstrap resamples the figures come from' })
  resamples: number;
  @ApiProperty({ enum: AGGREGATIONS })
  aggregation: Aggregation;
  @ApiProperty({ description: 'a pair is too close to call when neither order reaches this probability' })
  tooCloseBelow: number;
  @ApiProperty({ type: Number, nullable: true, description: 'the noise of one scorecard total, in points (standard deviation)' })
  noise: number | null;
  @ApiProperty({ type: [CutoffConfidenceDto], description: 'empty when the round has no award places nor promotion quota to draw a line at' })
  cutoffs: CutoffConfidenceDto[];
  @ApiProperty({ type: [JudgeEffectDto] })
  judges: JudgeEffectDto[];
}
