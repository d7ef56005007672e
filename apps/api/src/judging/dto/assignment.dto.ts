import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { UNCOVERED_REASONS, type UncoveredReason } from '@clapper/domain/assignment';
import { SCORECARD_STATES, type ScorecardState } from '@clapper/domain/scorecard';

/** The judges the rules keep away from an entry, by rule. */
export class BlockedJudgesDto {
  @ApiProperty({ description: 'declared a conflict with the entry, one of its schools or its country' })
  declared: number;
  @ApiProperty({ description: "from one of the entry's schools" })
  sameSchool: number;
  @ApiProperty({ description: "from the entry's country, in a round that excludes it" })
  sameCountry: number;
}

export class UncoveredEntryDto {
  @ApiProperty()
  roundEntryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  assigned: number;
  @ApiProperty()
  needed: number;
  @ApiProperty({
    enum: UNCOVERED_REASONS,
    enumName: 'UncoveredReason',
    description: 'why no more judges could be given: no judge in the round, fewer judges than needed, or the rules keep the others away (see `blocked`)',
  })
  reason: UncoveredReason;
  @ApiProperty({ description: 'the judges of the round' })
  judges: number;
  @ApiProperty({ type: () => BlockedJudgesDto })
  blocked: BlockedJudgesDto;
}

export class JudgeLoadDto {
  @ApiProperty()
  judgeId: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty()
  assigned: number;
  @ApiProperty()
  submitted: number;
}

export class AssignmentRunDto {
  @ApiProperty({ description: 'assignments in the round after the run' })
  total: number;
  @ApiProperty({ description: 'kept because a scorecard was started or submitted' })
  kept: number;
  @ApiProperty()
  added: number;
  @ApiProperty()
  removed: number;
  @ApiProperty({ description: 'largest minus smallest load among the judges' })
  spread: number;
  @ApiProperty({ type: [UncoveredEntryDto] })
  uncovered: UncoveredEntryDto[];
  @ApiProperty({ type: [JudgeLoadDto] })
  loads: JudgeLoadDto[];
}

export class AssignedJudgeDto {
  @ApiProperty()
  assignmentId: string;
  @ApiProperty()
  judgeId: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty()
  languageMatch: boolean;
  @ApiProperty({ enum: ['auto', 'manual'] })
  source: 'auto' | 'manual';
  @ApiProperty({ enum: SCORECARD_STATES })
  scorecard: ScorecardState;
}

export class AssignedEntryDto {
  @ApiProperty()
  roundEntryId: string;
  @ApiProperty()
  entryId: string;
  @ApiProperty({ example: 'TH-0007' })
  code: string;
  @ApiProperty({ example: 'R1-417', description: 'the opaque code the judges know this entry by in this round' })
  roundCode: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  countryCode: string;
  @ApiProperty()
  videoLanguage: string;
  @ApiProperty({ type: [AssignedJudgeDto] })
  judges: AssignedJudgeDto[];
}

export class AssignmentsDto {
  @ApiProperty()
  judgesPerEntry: number;
  @ApiProperty({ type: [AssignedEntryDto] })
  entries: AssignedEntryDto[];
  @ApiProperty({ type: [JudgeLoadDto] })
  judges: JudgeLoadDto[];
}

export class AddAssignmentDto {
  @ApiProperty()
  @IsUUID('all', { message: 'roundEntryId must be an id' })
  roundEntryId: string;

  @ApiProperty({ description: "the judge's user id" })
  @IsUUID('all', { message: 'judgeId must be an id' })
  judgeId: string;
}

export class ExtraJudgesInputDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'entry ids, as the results list them: one, or a pair too close to call, to get one more judge (the same judge on both where the rules allow)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'Name at least one entry.' })
  @ArrayMaxSize(2, { message: 'Name one entry, or the two of a pair.' })
  @ArrayUnique({ message: 'Name each entry once.' })
  @IsUUID('all', { each: true, message: 'each entry id must be an id' })
  entryIds?: string[];

  @ApiPropertyOptional({
    description: 'instead of entryIds: for each part of the round whose judges share no entry with the largest, a judge of the largest on one of its entries',
  })
  @IsOptional()
  @IsBoolean({ message: 'connectParts must be true or false' })
  connectParts?: boolean;

  @ApiPropertyOptional({ description: 'false (the default): only propose; true: add the proposed assignments' })
  @IsOptional()
  @IsBoolean({ message: 'apply must be true or false' })
  apply?: boolean;
}

export class ExtraJudgeDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  judgeId: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty()
  languageMatch: boolean;
}

export class UnplacedEntryDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  code: string;
}

export class ExtraJudgesDto {
  @ApiProperty({ description: 'true when the assignments were added; false for a proposal' })
  applied: boolean;
  @ApiProperty({ type: [ExtraJudgeDto] })
  added: ExtraJudgeDto[];
  @ApiProperty({
    type: [UnplacedEntryDto],
    description: 'entries no judge could be added to: every judge of the panel is on them, or the rules keep the others away',
  })
  unplaced: UnplacedEntryDto[];
}
