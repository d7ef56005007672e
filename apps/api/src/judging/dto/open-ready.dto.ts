import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { ROUND_KINDS, type RoundKind } from '@clapper/domain/rounds';
import { AssignmentRunDto } from './assignment.dto.js';

/** A round not opened yet, with what opening it needs: at least one judge and one entry. */
export class ReadyRoundDto {
  @ApiProperty()
  roundId: string;
  @ApiProperty({ enum: ROUND_KINDS })
  kind: RoundKind;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({ description: 'judges on the panel' })
  judges: number;
  @ApiProperty({ description: 'judges each entry should get (k)' })
  judgesPerEntry: number;
  @ApiProperty({ description: "entries it would take now: a national round its country's eligible entries, the final its finalists" })
  entries: number;
  @ApiProperty({ description: 'it has a judge and an entry: it can open' })
  ready: boolean;
}

export class ReadyRoundsDto {
  @ApiProperty({ type: [ReadyRoundDto], description: 'the rounds not opened yet that the reader manages, national rounds by country, then the final' })
  rounds: ReadyRoundDto[];
  @ApiProperty({ description: 'when the competition stops taking submissions' })
  submissionClosesAt: string;
  @ApiProperty({ description: 'submissions are still open: opening now needs confirm: true' })
  submissionsOpen: boolean;
}

export class OpenReadyDto {
  @ApiProperty({ type: [String], description: 'the rounds to open, each of this competition', maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  roundIds: string[];

  @ApiPropertyOptional({ description: 'open even though the competition still takes submissions (the preview says until when)' })
  @IsOptional()
  @IsBoolean()
  confirm?: boolean;
}

/** A round just opened, with its assignment. */
export class OpenedRoundDto {
  @ApiProperty()
  roundId: string;
  @ApiProperty({ enum: ROUND_KINDS })
  kind: RoundKind;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({ description: 'entries in the round once opened' })
  entries: number;
  @ApiProperty({ type: AssignmentRunDto })
  assignment: AssignmentRunDto;
}

export class OpenReadyResultDto {
  @ApiProperty({ type: [OpenedRoundDto], description: 'every round asked for, each opened with its assignment run (all or none)' })
  opened: OpenedRoundDto[];
}
