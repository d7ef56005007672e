import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ApiLocalizedText } from '../../common/localized-text.validator.js';
import { PlaybackDto } from '../../videos/dto/video.dto.js';
import { SubtitleDto } from '../../videos/dto/subtitle.dto.js';

export const VOTING_PHASES = ['off', 'not_open', 'open', 'closed'] as const;
export type VotingPhase = (typeof VOTING_PHASES)[number];
export const CANNOT_VOTE_REASONS = ['voting_off', 'not_open', 'closed', 'email_not_verified'] as const;
export type CannotVoteReason = (typeof CANNOT_VOTE_REASONS)[number];

export class CastVoteDto {
  @ApiProperty({ description: 'a finalist of this category' })
  @IsUUID('all', { message: 'entryId must be the id of a finalist' })
  entryId: string;
}

/**
 * A finalist as voters see it: what a judge's blind view of the final shows (its opaque code, the title, the video
 * with captions), never names, school, dates of birth or accounts. The entry's own code and country appear once the
 * results are published.
 */
export class CandidateDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty({ example: 'R2-017', description: "the final's opaque code until the results are published, then the entry's code (TH-0007)" })
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty({ type: String, nullable: true, example: 'TH', description: 'null until the results are published' })
  countryCode: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'short-lived presigned poster image' })
  posterUrl: string | null;
  @ApiProperty({ type: PlaybackDto, nullable: true, description: 'short-lived presigned web rendition; null while none is ready' })
  playback: PlaybackDto | null;
  @ApiProperty({ type: [SubtitleDto] })
  subtitles: SubtitleDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'votes received; null until the results are published' })
  votes: number | null;
}

export class BallotCategoryDto {
  @ApiProperty()
  categoryId: string;
  @ApiLocalizedText({ example: { en: 'Ages 13–17' } })
  name: Record<string, string>;
  @ApiProperty({ type: String, nullable: true, description: "the caller's current vote in this category" })
  myVote: string | null;
  @ApiProperty({ type: [CandidateDto] })
  candidates: CandidateDto[];
}

export class BallotDto {
  @ApiProperty()
  competitionId: string;
  @ApiProperty()
  audienceVoting: boolean;
  @ApiProperty({ type: String, nullable: true })
  votingOpensAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  votingClosesAt: string | null;
  @ApiProperty({ enum: VOTING_PHASES, description: 'by server time' })
  phase: VotingPhase;
  @ApiProperty({ description: 'the caller may vote now' })
  canVote: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: CANNOT_VOTE_REASONS,
    enumName: 'CannotVoteReason',
    description:
      'why not (the web words it with the window above): the same as the refusals voting.off, voting.not_open, voting.closed, voting.email_not_verified',
  })
  cannotVoteReason: CannotVoteReason | null;
  @ApiProperty({ description: 'vote counts are shown (only once the results are published)' })
  countsPublished: boolean;
  @ApiProperty({ type: [BallotCategoryDto], description: 'empty until voting opens' })
  categories: BallotCategoryDto[];
}

export class MyVoteDto {
  @ApiProperty()
  categoryId: string;
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  updatedAt: string;
}

export class EntryVotesDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  countryCode: string;
  @ApiProperty()
  votes: number;
}

export class CategoryVotesDto {
  @ApiProperty()
  categoryId: string;
  @ApiLocalizedText({ example: { en: 'Ages 13–17' } })
  name: Record<string, string>;
  @ApiProperty()
  totalVotes: number;
  @ApiProperty({ type: [EntryVotesDto], description: 'most votes first' })
  entries: EntryVotesDto[];
}

export class VoteCountsDto {
  @ApiProperty()
  competitionId: string;
  @ApiProperty({ description: 'the results are published (before that only organisers see counts)' })
  published: boolean;
  @ApiProperty({ type: [CategoryVotesDto] })
  categories: CategoryVotesDto[];
}
