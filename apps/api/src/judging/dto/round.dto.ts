import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ROUND_KINDS, ROUND_STATUSES, type RoundKind, type RoundStatus } from '@clapper/domain/rounds';
import { ApiLocalizedText, IsLocalizedText } from '../../common/localized-text.validator.js';
import { IsLocalizedFreeText } from '../../common/localized-free-text.validator.js';

export class RubricLevelDto {
  @ApiProperty({ example: 1 })
  @IsInt({ message: 'score must be a whole number' })
  @Min(0)
  @Max(100)
  score: number;

  @ApiLocalizedText({ example: { en: 'The message is wrong or missing.', ja: 'メッセージが誤っているか、ありません。' } })
  @IsLocalizedText({ requireEnglish: true, maxLength: 400 })
  descriptor: Record<string, string>;
}

export class CriterionDto {
  @ApiProperty({ example: 'message', description: 'a short id: lower-case letters, digits, - and _' })
  @IsString()
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'key must be 1–40 lower-case letters, digits, - or _' })
  key: string;

  @ApiLocalizedText({ example: { en: 'Security message', ja: 'セキュリティメッセージ' } })
  @IsLocalizedText({ requireEnglish: true, maxLength: 120 })
  name: Record<string, string>;

  @ApiLocalizedText({ example: { en: 'Is the advice accurate and relevant?', ja: '助言は正確で適切か。' } })
  @IsLocalizedText({ requireEnglish: true, maxLength: 1000 })
  description: Record<string, string>;

  @ApiProperty({ example: 30, description: 'positive; shown to judges normalised to 100%' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'weight must be a number' })
  @IsPositive({ message: 'weight must be more than 0' })
  @Max(1000)
  weight: number;

  @ApiProperty({ example: 1 })
  @IsInt({ message: 'scaleMin must be a whole number' })
  @Min(0)
  @Max(100)
  scaleMin: number;

  @ApiProperty({ example: 5 })
  @IsInt({ message: 'scaleMax must be a whole number' })
  @Min(1)
  @Max(100)
  scaleMax: number;

  @ApiProperty({ type: [RubricLevelDto], description: 'one descriptor per level, from scaleMin to scaleMax' })
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricLevelDto)
  levels: RubricLevelDto[];
}

export class RubricDto {
  @ApiProperty({ type: [CriterionDto] })
  @ArrayMinSize(1, { message: 'a rubric needs at least one criterion' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria: CriterionDto[];

  @ApiProperty({ description: 'judges may add an overall comment' })
  @IsBoolean()
  overallComment: boolean;
}

export class CreateRoundDto {
  @ApiProperty()
  @IsUUID('all', { message: 'competitionId must be an id' })
  competitionId: string;

  @ApiProperty({ enum: ROUND_KINDS })
  @IsIn(ROUND_KINDS, { message: 'kind must be national or final' })
  kind: RoundKind;

  @ApiLocalizedText({
    required: false,
    example: { en: 'Regional final', th: 'รอบชิงชนะเลิศระดับภูมิภาค' },
    description:
      "language code → the round's own name, in the competition's languages (English required when given); empty: its label is made from its kind and country",
  })
  @IsOptional()
  @IsLocalizedFreeText({ maxLength: 120 })
  name?: Record<string, string>;

  @ApiPropertyOptional({ example: 'TH', description: 'the country of a national round' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be two capital letters, like TH' })
  countryCode?: string;

  @ApiProperty({ example: '2027-07-15T00:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'opensAt must be a date and time, like 2027-07-15T00:00:00Z' })
  opensAt: string;

  @ApiProperty({ example: '2027-08-15T15:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'closesAt must be a date and time, like 2027-08-15T15:00:00Z' })
  closesAt: string;

  @ApiPropertyOptional({ default: 3, minimum: 1, maximum: 20 })
  @IsOptional()
  @IsInt({ message: 'judgesPerEntry must be a whole number' })
  @Min(1)
  @Max(20)
  judgesPerEntry?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  blind?: boolean;

  @ApiPropertyOptional({ default: false, description: 'judges see the other scores for an entry once they have submitted their own' })
  @IsOptional()
  @IsBoolean()
  showOtherScores?: boolean;

  @ApiPropertyOptional({ description: 'the final: how many entries each country may promote', minimum: 1, maximum: 100 })
  @IsOptional()
  @IsInt({ message: 'countryQuota must be a whole number' })
  @Min(1)
  @Max(100)
  countryQuota?: number;

  @ApiPropertyOptional({ type: RubricDto, description: 'defaults to the awareness-video rubric' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RubricDto)
  rubric?: RubricDto;
}

export class UpdateRoundDto extends PartialType(
  PickType(CreateRoundDto, ['name', 'opensAt', 'closesAt', 'judgesPerEntry', 'blind', 'showOtherScores', 'countryQuota', 'rubric'] as const),
) {}

export class RoundsQueryDto {
  @ApiProperty()
  @IsUUID('all', { message: 'competitionId must be an id' })
  competitionId: string;
}

export class RoundCountsDto {
  @ApiProperty()
  entries: number;
  @ApiProperty()
  judges: number;
  @ApiProperty()
  assignments: number;
  @ApiProperty()
  submitted: number;
}

export class RoundDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  competitionId: string;
  @ApiProperty({ enum: ROUND_KINDS })
  kind: RoundKind;
  @ApiLocalizedText({
    example: { en: 'Regional final' },
    description: "language code → the round's own name; empty: its label is made from its kind and country",
  })
  name: Record<string, string>;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({ enum: ROUND_STATUSES })
  status: RoundStatus;
  @ApiProperty()
  opensAt: string;
  @ApiProperty()
  closesAt: string;
  @ApiProperty()
  judgesPerEntry: number;
  @ApiProperty()
  blind: boolean;
  @ApiProperty()
  showOtherScores: boolean;
  @ApiProperty({ type: Number, nullable: true })
  countryQuota: number | null;
  @ApiProperty({ type: RubricDto })
  rubric: RubricDto;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'criterion key → weight as a share of 1' })
  weights: Record<string, number>;
  @ApiProperty({ description: 'a scorecard has been submitted: the rubric can no longer change' })
  rubricFrozen: boolean;
  @ApiProperty({ type: RoundCountsDto })
  counts: RoundCountsDto;
}

export class OpenRoundDto {
  @ApiPropertyOptional({
    description:
      'open even though the competition still takes submissions (refused otherwise with judging.submissions_open, whose params say when they close and how many entries are in)',
  })
  @IsOptional()
  @IsBoolean()
  confirm?: boolean;
}

export class CloseRoundDto {
  @ApiPropertyOptional({ description: 'close even though some assigned scorecards are not submitted' })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}

export class ReasonDto {
  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MaxLength(1000)
  text: string;
}
