import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { FLAG_REASONS, type FlagReason } from '../work-facts.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateCampaignDto {
  @ApiProperty()
  @IsUUID('all', { message: 'competitionId must be an id' })
  competitionId: string;

  @ApiProperty({ example: 'Safer Internet Day 2028', maxLength: 200 })
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'description must be text' })
  @MaxLength(4000, { message: 'description must be at most 4000 characters' })
  description?: string;

  @ApiPropertyOptional({
    example: 'TH',
    type: String,
    nullable: true,
    description:
      "a country's campaign (only that country's works); leave it out (organisers) for a regional one. A coordinator's campaign is always their own country.",
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be two capital letters, like TH' })
  countryCode?: string | null;
}

export class UpdateCampaignDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'description must be text' })
  @MaxLength(4000, { message: 'description must be at most 4000 characters' })
  description?: string;
}

export class CampaignsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'competitionId must be an id' })
  competitionId?: string;
}

export class CandidatesQueryDto {
  @ApiPropertyOptional({ description: 'part of a code or title' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q?: string;
}

export class AddWorkDto {
  @ApiProperty()
  @IsUUID('all', { message: 'entryId must be an id' })
  entryId: string;
}

export class RecordUseDto {
  @ApiProperty()
  @IsUUID('all', { message: 'entryId must be an id' })
  entryId: string;

  @ApiProperty({ example: 'national TV spot', maxLength: 200 })
  @Transform(trim)
  @IsString({ message: 'channel must be text' })
  @IsNotEmpty({ message: 'channel must say where the work was used, e.g. "national TV spot" or "school assembly"' })
  @MaxLength(200, { message: 'channel must be at most 200 characters' })
  channel: string;

  @ApiProperty({ example: '2028-02-06', description: 'the day of the use (YYYY-MM-DD)' })
  @IsString({ message: 'usedOn must be a date like 2028-02-06' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'usedOn must be a date like 2028-02-06' })
  usedOn: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'note must be text' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string;
}

export class KitQueryDto {
  @ApiPropertyOptional({ example: 'school assembly', maxLength: 200, description: 'what the kit is for; kept in the download log' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'channel must be text' })
  @MaxLength(200, { message: 'channel must be at most 200 characters' })
  channel?: string;
}

export class CampaignCountsDto {
  @ApiProperty()
  works: number;
  @ApiProperty({ description: 'works no longer cleared for reuse' })
  flagged: number;
  @ApiProperty()
  uses: number;
  @ApiProperty({ description: 'media kit downloads, one per work in each download' })
  downloads: number;
}

export class CampaignDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  competitionId: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: a regional campaign' })
  countryCode: string | null;
  @ApiProperty()
  name: string;
  @ApiProperty()
  description: string;
  @ApiProperty()
  createdByName: string;
  @ApiProperty()
  createdAt: string;
  @ApiProperty()
  updatedAt: string;
  @ApiProperty({ type: CampaignCountsDto })
  counts: CampaignCountsDto;
}

/** The facts of a flag: the web renders `refusals.campaigns.<reason>` with them, in the reader's language. */
export class WorkFlagParamsDto {
  @ApiProperty({ description: "the work's entry code" })
  code: string;
  @ApiPropertyOptional({ description: 'entry_withdrawn, consent_withdrawn: the day of the withdrawal (ISO)', example: '2027-01-15' })
  on?: string;
}

export class WorkFlagDto {
  @ApiProperty({ enum: FLAG_REASONS, description: 'why the work may not be reused now; adding, using or downloading it is refused with `campaigns.<reason>`' })
  reason: FlagReason;
  @ApiProperty({ type: WorkFlagParamsDto })
  params: WorkFlagParamsDto;
  @ApiProperty({ type: String, nullable: true })
  since: string | null;
}

export class WorkLicenceDto {
  @ApiProperty()
  title: string;
  @ApiProperty()
  version: number;
  @ApiProperty()
  acceptedByName: string;
  @ApiProperty()
  acceptedAt: string;
}

export class WorkCreditsDto {
  @ApiProperty({ example: 'Ananya and Krit' })
  byline: string;
  @ApiProperty({ type: [String] })
  schools: string[];
  @ApiProperty({ description: 'the attribution line the licence asks for' })
  attribution: string;
}

/** A work as campaigns show it. */
export class WorkSummaryDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  countryCode: string;
  @ApiProperty()
  countryName: string;
  @ApiProperty()
  categoryName: string;
  @ApiProperty({ type: String, nullable: true, description: 'short-lived' })
  posterUrl: string | null;
  @ApiProperty({ type: Number, nullable: true })
  durationSeconds: number | null;
  @ApiProperty({ type: [String] })
  subtitleLanguages: string[];
  @ApiProperty({ type: WorkCreditsDto })
  credits: WorkCreditsDto;
  @ApiProperty({ type: WorkLicenceDto, nullable: true })
  licence: WorkLicenceDto | null;
}

export class CampaignWorkDto extends WorkSummaryDto {
  @ApiProperty({ description: 'the licence and consents allow reuse now, and the video is ready' })
  cleared: boolean;
  @ApiProperty({ type: WorkFlagDto, nullable: true, description: 'why the work may not be used or downloaded' })
  flag: WorkFlagDto | null;
  @ApiProperty()
  addedByName: string;
  @ApiProperty()
  addedAt: string;
  @ApiProperty()
  uses: number;
  @ApiProperty()
  downloads: number;
}

export class CampaignUseDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  channel: string;
  @ApiProperty()
  usedOn: string;
  @ApiProperty()
  note: string;
  @ApiProperty()
  recordedByName: string;
  @ApiProperty()
  recordedAt: string;
}

export class KitDownloadDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  entryId: string;
  @ApiProperty()
  code: string;
  @ApiProperty()
  userName: string;
  @ApiProperty({ type: String, nullable: true })
  channel: string | null;
  @ApiProperty()
  downloadedAt: string;
}

export class CampaignDetailDto extends CampaignDto {
  @ApiProperty({ type: [CampaignWorkDto] })
  works: CampaignWorkDto[];
  @ApiProperty({ type: [CampaignUseDto], description: 'newest first' })
  uses: CampaignUseDto[];
  @ApiProperty({ type: [KitDownloadDto], description: 'newest first (the latest 500)' })
  downloads: KitDownloadDto[];
}
