import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ROUND_KINDS, ROUND_STATUSES, type RoundKind, type RoundStatus } from '@clapper/domain/rounds';
import { SCORECARD_STATES, type ScorecardState } from '@clapper/domain/scorecard';
import { PlaybackDto } from '../../videos/dto/video.dto.js';
import { SubtitleDto } from '../../videos/dto/subtitle.dto.js';
import { RubricDto } from './round.dto.js';

export class JudgeRoundDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  competitionId: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  competitionName: Record<string, string>;
  @ApiProperty({ enum: ROUND_KINDS })
  kind: RoundKind;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: "language code → the round's own name; empty: it is labelled by its kind and country",
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
  assigned: number;
  @ApiProperty()
  submitted: number;
  @ApiProperty({ description: 'the judge has declared conflicts and languages' })
  declared: boolean;
  @ApiProperty({ description: "judges see no entry code, names, school, roster nor country; only the entry's opaque code in the round" })
  blind: boolean;
  @ApiProperty({ description: "a judge sees the other judges' scores for an entry after submitting their own" })
  showOtherScores: boolean;
}

export class QueueItemDto {
  @ApiProperty()
  roundEntryId: string;
  @ApiProperty({ example: 'R2-017', description: "the entry's opaque code in this round; never the entry's own code" })
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  videoLanguage: string;
  @ApiProperty({ description: 'the judge understands the video language; otherwise the English subtitles help' })
  languageMatch: boolean;
  @ApiProperty({ enum: SCORECARD_STATES })
  scorecard: ScorecardState;
  @ApiProperty({ type: Number, nullable: true, description: 'weighted total 0–100 of the scores given so far' })
  total: number | null;
  @ApiProperty({ description: 'English subtitles are attached to the video' })
  hasEnglishSubtitles: boolean;
}

export class QueueDto {
  @ApiProperty({ type: JudgeRoundDto })
  round: JudgeRoundDto;
  @ApiProperty({ type: [QueueItemDto] })
  items: QueueItemDto[];
}

export class ScorecardDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'criterion key → chosen level, as entered' })
  scores: Record<string, number>;
  @ApiProperty()
  overallComment: string;
  @ApiProperty()
  privateNote: string;
  @ApiProperty()
  teamFeedback: string;
  @ApiProperty({ enum: SCORECARD_STATES })
  status: ScorecardState;
  @ApiProperty({ description: 'send it back with the next save; 0 before the first save' })
  version: number;
  @ApiProperty({ type: Number, nullable: true })
  total: number | null;
  @ApiProperty({ type: String, nullable: true })
  updatedAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  submittedAt: string | null;
  @ApiProperty({ description: 'the round is open and its window has not passed' })
  editable: boolean;
}

/** What a judge sees of an entry. In a blind round: no entry code, no names, no school, no roster, no country. */
export class JudgeEntryDto {
  @ApiProperty()
  roundEntryId: string;
  @ApiProperty({ example: 'R2-017', description: "the entry's opaque code in this round" })
  code: string;
  @ApiProperty({ type: String, nullable: true, example: 'TH-0007', description: "the entry's own code; only when the round is not blind" })
  entryCode: string | null;
  @ApiProperty()
  title: string;
  @ApiProperty()
  videoLanguage: string;
  @ApiProperty()
  synopsisOriginal: string;
  @ApiProperty()
  synopsisEnglish: string;
  @ApiProperty({ type: String, nullable: true, description: 'only when the round is not blind' })
  countryCode: string | null;
  @ApiProperty({ type: [String], description: "team members' names; only when the round is not blind" })
  teamNames: string[];
  @ApiProperty({ type: PlaybackDto, nullable: true })
  playback: PlaybackDto | null;
  @ApiProperty({ type: [SubtitleDto] })
  subtitles: SubtitleDto[];
  @ApiProperty({ type: RubricDto })
  rubric: RubricDto;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  weights: Record<string, number>;
  @ApiProperty({ type: ScorecardDto })
  scorecard: ScorecardDto;
  @ApiProperty({ type: String, nullable: true, description: 'the next entry in the queue still to score' })
  nextRoundEntryId: string | null;
  @ApiProperty({ type: JudgeRoundDto })
  round: JudgeRoundDto;
  @ApiProperty({ enum: ['closed', 'not_open'], nullable: true, description: 'why the scorecard cannot be changed now; null while it can' })
  lockedReason: 'closed' | 'not_open' | null;
}

export class SaveScorecardDto {
  @ApiProperty({ description: 'the version this save is based on (0 for the first save)' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(0)
  @Max(1_000_000)
  version: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  @IsObject({ message: 'scores must map criterion keys to levels' })
  scores: Record<string, number>;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  overallComment?: string;

  @ApiPropertyOptional({ maxLength: 5000, description: 'for the judge only' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  privateNote?: string;

  @ApiPropertyOptional({ maxLength: 5000, description: 'shown to the team after results' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  teamFeedback?: string;
}

export class OtherScoreDto {
  @ApiProperty({ example: 'Judge B', description: 'other judges are not named' })
  label: string;
  @ApiProperty({ example: 'B', description: 'the letter in the label, for translated labels' })
  letter: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  scores: Record<string, number>;
  @ApiProperty()
  total: number;
}

export class OtherScoresDto {
  @ApiProperty({ type: [OtherScoreDto] })
  items: OtherScoreDto[];
}
