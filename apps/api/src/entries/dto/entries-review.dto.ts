import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const ENTRY_STATUSES = ['draft', 'submitted', 'withdrawn'] as const;
/** an entry's screening outcome: `changes_requested` while the team has the entry back as a draft to change it */
export const SCREENING_OUTCOMES = ['pending', 'eligible', 'ineligible', 'changes_requested'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];
/** the team's consents, by the rule that clears a work (consents/work-clearance.ts); `refused` when one was refused or withdrawn */
export const CONSENT_STATES = ['complete', 'waiting', 'refused'] as const;
export type ConsentSummary = (typeof CONSENT_STATES)[number];
/** the entry's current video (videos' currentVideos): none yet, uploading or processing, ready, or rejected */
export const VIDEO_STATES = ['none', 'processing', 'ready', 'rejected'] as const;
export type VideoSummary = (typeof VIDEO_STATES)[number];
export const REVIEW_SORTS = ['code', 'title', 'country', 'category', 'status', 'submittedAt', 'updatedAt'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];
export const BULK_ACTIONS = ['eligible', 'request_changes', 'message'] as const;
/** entries one bulk action may name */
export const BULK_MAX = 500;
export const PAGE_SIZE_MAX = 100;

/** The filters of the central list of entries; the same filters give a review queue's neighbours. */
export class ReviewFiltersDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'competitionId must be an id' })
  competitionId?: string;

  @ApiPropertyOptional({ example: 'TH', description: "a coordinator's list holds only the countries they coordinate: another country yields nothing" })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as TH' })
  country?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'categoryId must be an id' })
  categoryId?: string;

  @ApiPropertyOptional({ enum: ENTRY_STATUSES })
  @IsOptional()
  @IsIn(ENTRY_STATUSES, { message: 'status must be draft, submitted or withdrawn' })
  status?: (typeof ENTRY_STATUSES)[number];

  @ApiPropertyOptional({ enum: CONSENT_STATES })
  @IsOptional()
  @IsIn(CONSENT_STATES, { message: 'consent must be complete, waiting or refused' })
  consent?: ConsentSummary;

  @ApiPropertyOptional({ enum: VIDEO_STATES })
  @IsOptional()
  @IsIn(VIDEO_STATES, { message: 'video must be none, processing, ready or rejected' })
  video?: VideoSummary;

  @ApiPropertyOptional({ enum: SCREENING_OUTCOMES })
  @IsOptional()
  @IsIn(SCREENING_OUTCOMES, { message: 'screening must be pending, eligible, ineligible or changes_requested' })
  screening?: ScreeningOutcome;

  @ApiPropertyOptional({ example: 'th', description: "the video's language" })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, { message: 'language must be a language code such as th or en' })
  language?: string;

  @ApiPropertyOptional({ description: 'words in the code or the title, any case' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q?: string;

  @ApiPropertyOptional({ enum: REVIEW_SORTS, default: 'code' })
  @IsOptional()
  @IsIn(REVIEW_SORTS, { message: 'sort must be code, title, country, category, status, submittedAt or updatedAt' })
  sort?: ReviewSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'dir must be asc or desc' })
  dir?: 'asc' | 'desc';
}

export class ReviewQueryDto extends ReviewFiltersDto {
  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be 1 or more' })
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: 25, minimum: 1, maximum: PAGE_SIZE_MAX })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1, { message: 'pageSize must be 1 or more' })
  @Max(PAGE_SIZE_MAX, { message: `pageSize must be at most ${PAGE_SIZE_MAX}` })
  pageSize?: number;
}

export class NamedRefDto {
  @ApiProperty()
  id: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'language code -> name' })
  name: Record<string, string>;
}

export class ReviewRowDto {
  @ApiProperty()
  id: string;
  @ApiProperty({ example: 'TH-0007', description: 'unique within its competition: shown with the competition' })
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty({ type: NamedRefDto })
  competition: NamedRefDto;
  @ApiProperty()
  countryCode: string;
  @ApiProperty({ type: NamedRefDto })
  category: NamedRefDto;
  @ApiProperty()
  schoolName: string;
  @ApiProperty({ enum: ENTRY_STATUSES })
  status: (typeof ENTRY_STATUSES)[number];
  @ApiProperty({ enum: SCREENING_OUTCOMES })
  screening: ScreeningOutcome;
  @ApiProperty({ enum: CONSENT_STATES })
  consent: ConsentSummary;
  @ApiProperty({ enum: VIDEO_STATES })
  video: VideoSummary;
  @ApiProperty({ example: 'th' })
  language: string;
  @ApiProperty({ type: String, nullable: true })
  submittedAt: string | null;
  @ApiProperty()
  updatedAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'while changes are requested: the deadline to resubmit' })
  changesDueAt: string | null;
}

export class ReviewPageDto {
  @ApiProperty({ type: [ReviewRowDto] })
  items: ReviewRowDto[];
  @ApiProperty({ description: 'entries matching the filters' })
  total: number;
  @ApiProperty()
  page: number;
  @ApiProperty()
  pageSize: number;
}

/** Where an entry stands in a filtered, sorted list: the review queue's previous and next. */
export class ReviewNeighboursDto {
  @ApiProperty({ type: Number, nullable: true, description: '1-based; null when the entry is not in the list' })
  position: number | null;
  @ApiProperty()
  total: number;
  @ApiProperty({ type: String, nullable: true })
  previousId: string | null;
  @ApiProperty({ type: String, nullable: true })
  nextId: string | null;
}

export class EntryIdsDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: BULK_MAX })
  @IsArray({ message: 'entryIds must be a list of ids' })
  @ArrayMinSize(1, { message: 'entryIds must name at least one entry' })
  @ArrayMaxSize(BULK_MAX, { message: `entryIds must name at most ${BULK_MAX} entries` })
  @ArrayUnique({ message: 'entryIds must not repeat an entry' })
  @IsUUID('all', { each: true, message: 'entryIds must be ids' })
  entryIds: string[];
}

/** What a request for changes tells the team: the message and the deadline to resubmit. */
export class ChangesRequestDto {
  @ApiPropertyOptional({ description: 'for request_changes: what the team should change (shown to the team and emailed)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'message must be at most 2000 characters' })
  message?: string;

  @ApiPropertyOptional({ description: 'for request_changes: the deadline to resubmit, an instant in the future' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dueAt must be a date and time, like 2027-03-01T17:00:00Z' })
  dueAt?: string;
}

export class BulkActionDto extends ChangesRequestDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: BULK_MAX })
  @IsArray({ message: 'entryIds must be a list of ids' })
  @ArrayMinSize(1, { message: 'entryIds must name at least one entry' })
  @ArrayMaxSize(BULK_MAX, { message: `entryIds must name at most ${BULK_MAX} entries` })
  @ArrayUnique({ message: 'entryIds must not repeat an entry' })
  @IsUUID('all', { each: true, message: 'entryIds must be ids' })
  entryIds: string[];

  @ApiProperty({ enum: BULK_ACTIONS, description: 'eligible: screen eligible; request_changes: message + dueAt; message: subject + body to each team' })
  @IsIn(BULK_ACTIONS, { message: 'action must be eligible, request_changes or message' })
  action: (typeof BULK_ACTIONS)[number];

  @ApiPropertyOptional({ description: 'for message: the subject, sent as written' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 200, { message: 'subject must be at most 200 characters' })
  subject?: string;

  @ApiPropertyOptional({ description: 'for message: the text, sent as written' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000, { message: 'body must be at most 5000 characters' })
  body?: string;
}

export class BulkResultDto extends PickType(BulkActionDto, ['action'] as const) {
  @ApiProperty({ description: 'entries changed or teams messaged' })
  count: number;
}
