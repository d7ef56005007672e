import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { JUDGE_FLAGS, type JudgeFlag } from '@clapper/domain/judge-stats';
import { RANKING_METHODS, type RankingMethod } from '@clapper/domain/rounds';

export class JudgeProgressDto {
  @ApiProperty()
  judgeId: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty()
  email: string;
  @ApiProperty()
  assigned: number;
  @ApiProperty()
  submitted: number;
  @ApiProperty({ description: 'scorecards started but not submitted' })
  drafts: number;
  @ApiProperty({ type: String, nullable: true })
  lastActivityAt: string | null;
  @ApiProperty({ description: 'further behind than the time gone in the window allows' })
  behind: boolean;
  @ApiProperty({ type: String, nullable: true })
  lastRemindedAt: string | null;
}

export class EntryProgressDto {
  @ApiProperty()
  roundEntryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  assigned: number;
  @ApiProperty()
  submitted: number;
}

export class ProgressDto {
  @ApiProperty()
  assigned: number;
  @ApiProperty()
  submitted: number;
  @ApiProperty({ description: 'share of the judging window gone, 0..1' })
  elapsed: number;
  @ApiProperty({ type: [JudgeProgressDto] })
  judges: JudgeProgressDto[];
  @ApiProperty({ type: [EntryProgressDto] })
  entries: EntryProgressDto[];
}

export class RemindDto {
  @ApiPropertyOptional({ type: [String], description: 'judges to remind; by default those behind' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each judge must be an id' })
  judgeIds?: string[];
}

export class RemindedDto {
  @ApiProperty({ type: [String] })
  reminded: string[];
  @ApiProperty({ type: [String], description: 'skipped: reminded less than 12 hours ago, or nothing left to score' })
  skipped: string[];
}

/** A flag with its facts (libs/domain judge-stats.ts judgeFlagNote), all to one decimal. */
export class JudgeFlagNoteDto {
  @ApiProperty({ enum: JUDGE_FLAGS, enumName: 'JudgeFlag' })
  flag: JudgeFlag;
  @ApiProperty({ description: "the judge's submitted scorecards" })
  count: number;
  @ApiProperty({ description: "how far the judge's mean is from the panel's, in points (never negative: the flag says which side)" })
  points: number;
  @ApiProperty({ description: "the standard deviation of the judge's totals" })
  sd: number;
  @ApiProperty({ description: "the judge's lowest total" })
  min: number;
  @ApiProperty({ description: "the judge's highest total" })
  max: number;
}

export class JudgeStatsItemDto {
  @ApiProperty()
  judgeId: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty()
  count: number;
  @ApiProperty({ type: Number, nullable: true })
  mean: number | null;
  @ApiProperty({ type: Number, nullable: true })
  sd: number | null;
  @ApiProperty({ type: Number, nullable: true })
  min: number | null;
  @ApiProperty({ type: Number, nullable: true })
  max: number | null;
  @ApiProperty({ type: [Number], description: '10 buckets of 10 points over 0–100' })
  histogram: number[];
  @ApiProperty({ enum: JUDGE_FLAGS, enumName: 'JudgeFlag', isArray: true })
  flags: JudgeFlag[];
  @ApiProperty({ type: () => [JudgeFlagNoteDto], description: "the facts behind each flag, for the page to word in the reader's language" })
  flagNotes: JudgeFlagNoteDto[];
}

export class JudgeStatsDto {
  @ApiProperty({ type: Number, nullable: true })
  panelMean: number | null;
  @ApiProperty({ type: Number, nullable: true })
  panelSd: number | null;
  @ApiProperty({ type: [JudgeStatsItemDto] })
  judges: JudgeStatsItemDto[];
}

export class NoteInputDto {
  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @MinLength(1, { message: 'write the note first' })
  @MaxLength(4000)
  text: string;
}

export class NoteDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  authorName: string;
  @ApiProperty()
  text: string;
  @ApiProperty()
  createdAt: string;
}

export class RankedEntryDto {
  @ApiProperty()
  roundEntryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  countryCode: string;
  @ApiProperty()
  rank: number;
  @ApiProperty({ type: Number, nullable: true, description: 'mean weighted total (0–100) of the submitted scorecards' })
  mean: number | null;
  @ApiProperty()
  judges: number;
  @ApiProperty({ type: [String] })
  tiedWith: string[];
  @ApiProperty({ description: 'national rounds: already promoted to the final' })
  promoted: boolean;
}

export class RankingDto {
  @ApiProperty({
    enum: RANKING_METHODS,
    enumName: 'RankingMethod',
    description: 'how the ranking is computed, shown with it: the mean of the weighted totals (0–100) of the submitted scorecards, equal means sharing a rank',
  })
  method: RankingMethod;
  @ApiProperty({ type: Number, nullable: true, description: 'national rounds: entries this country may promote' })
  quota: number | null;
  @ApiProperty({ type: String, nullable: true, description: "national rounds: the final's id, once it exists" })
  finalRoundId: string | null;
  @ApiProperty({ type: [RankedEntryDto] })
  entries: RankedEntryDto[];
}

export class PromoteDto {
  @ApiProperty({ type: [String], description: 'national round entries, in the confirmed order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each entry must be an id' })
  roundEntryIds: string[];
}
