import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CREDIT_STYLES, type CreditStyle } from '@clapper/domain/credits';
import { SUBMISSION_PROBLEM_CODES, type SubmissionProblemCode } from '@clapper/domain/submission';
import type { SubmissionReason } from '@clapper/domain/refusals/entries';
import { ChangesRequestDto } from './entries-review.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class MemberInputDto {
  @ApiPropertyOptional({ description: 'an existing member of this entry, to keep their consents' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be the id of a member of this entry' })
  id?: string;

  @ApiProperty({ example: 'Ananya Srisuk' })
  @Transform(trim)
  @IsString()
  @Length(1, 120, { message: 'fullName must be 1 to 120 characters' })
  fullName: string;

  @ApiProperty({ example: 'director' })
  @Transform(trim)
  @IsString()
  @Length(1, 60, { message: 'role must be 1 to 60 characters, e.g. director, actor, editor' })
  role: string;

  @ApiProperty({ example: '2011-02-01' })
  @Matches(DATE, { message: 'dateOfBirth must be a date like 2011-02-01' })
  dateOfBirth: string;

  @ApiPropertyOptional({ description: "defaults to the entry's school" })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  schoolName?: string;
}

export class CreateEntryDto {
  @ApiProperty()
  @IsUUID('all', { message: 'competitionId must be an id' })
  competitionId: string;

  @ApiProperty()
  @IsUUID('all', { message: 'categoryId must be an id' })
  categoryId: string;

  @ApiProperty({ example: 'Think before you click' })
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  title: string;

  @ApiPropertyOptional({ description: "synopsis in the video's language" })
  @IsOptional()
  @IsString()
  @MaxLength(3000)
  synopsisOriginal?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(3000)
  synopsisEnglish?: string;

  @ApiProperty({ example: 'th' })
  @Matches(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, { message: 'videoLanguage must be a language code such as th or en' })
  videoLanguage: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  supervisingTeacherName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'supervisingTeacherEmail must be an email address' })
  supervisingTeacherEmail?: string | null;

  @ApiPropertyOptional({ description: 'music and footage used, with sources' })
  @IsOptional()
  @IsString()
  @MaxLength(3000)
  sources?: string;

  @ApiPropertyOptional({ type: [MemberInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MemberInputDto)
  members?: MemberInputDto[];
}

export class UpdateEntryDto extends PartialType(
  PickType(CreateEntryDto, [
    'categoryId',
    'title',
    'synopsisOriginal',
    'synopsisEnglish',
    'videoLanguage',
    'supervisingTeacherName',
    'supervisingTeacherEmail',
    'sources',
  ] as const),
) {}

export class SetMembersDto {
  @ApiProperty({ type: [MemberInputDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MemberInputDto)
  members: MemberInputDto[];
}

export class ScreeningDto extends ChangesRequestDto {
  @ApiProperty({ enum: ['eligible', 'ineligible', 'changes_requested'], description: 'changes_requested: message + dueAt; the entry returns to draft' })
  @IsIn(['eligible', 'ineligible', 'changes_requested'], { message: 'decision must be eligible, ineligible or changes_requested' })
  decision: 'eligible' | 'ineligible' | 'changes_requested';

  @ApiPropertyOptional({ description: 'required when ineligible; shown to the team' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class AcceptLicenceDto {
  @ApiProperty({ description: 'the licence version shown to the team' })
  @IsUUID('all', { message: 'licenceVersionId must be an id' })
  licenceVersionId: string;

  @ApiPropertyOptional({
    description:
      "the language of the licence text read (default en): one of the platform's languages with an approved licence text (consents.unknown_language, consents.text_not_approved)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  language?: string;

  @ApiPropertyOptional({ description: 'the version of the text read, as shown; refused when a newer one was approved since (consents.text_stale)' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  textVersion?: string;
}

export class EntriesQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'competitionId must be an id' })
  competitionId?: string;

  @ApiPropertyOptional({ example: 'TH' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as TH' })
  country?: string;
}

export class ConsentStateDto {
  @ApiProperty({ enum: ['none', 'requested', 'given', 'refused', 'form_required', 'pending_verification', 'rejected', 'withdrawn'] })
  status: 'none' | 'requested' | 'given' | 'refused' | 'form_required' | 'pending_verification' | 'rejected' | 'withdrawn';
  @ApiProperty({ type: String, nullable: true })
  id: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['account', 'email_link', 'signed_form'], description: 'how consent is asked or was given' })
  method: 'account' | 'email_link' | 'signed_form' | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "where the guardian's link was emailed: masked (g•••@example.org) for the team, in full for coordinators and organisers",
  })
  sentTo: string | null;
  @ApiProperty({ type: String, nullable: true, description: "when the guardian's current link was emailed" })
  sentAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: "the language of the guardian's email" })
  emailLanguage: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the language of the consent text agreed to' })
  textLanguage: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'when the guardian answered "I do not agree"' })
  refusedAt: string | null;
  @ApiProperty({ description: 'a coordinator asked for a signed form: the email link is closed for this member' })
  formRequired: boolean;
  @ApiProperty({ type: String, nullable: true })
  givenByName: string | null;
  @ApiProperty({ type: String, nullable: true })
  givenAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  textVersion: string | null;
  @ApiProperty({ type: String, nullable: true })
  rejectionReason: string | null;
}

export class MemberDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  fullName: string;
  @ApiProperty()
  role: string;
  @ApiProperty()
  dateOfBirth: string;
  @ApiProperty()
  schoolName: string;
  @ApiProperty({ description: 'age on the competition reference date' })
  age: number;
  @ApiProperty()
  isMinor: boolean;
  @ApiProperty({ type: ConsentStateDto })
  consent: ConsentStateDto;
  @ApiProperty({ type: ConsentStateDto, nullable: true, description: 'for minors' })
  guardianConsent: ConsentStateDto | null;
}

export class SubmissionProblemDto {
  @ApiProperty({ enum: SUBMISSION_PROBLEM_CODES, enumName: 'SubmissionProblemCode' })
  code: SubmissionProblemCode;
  @ApiProperty({
    enum: SUBMISSION_PROBLEM_CODES.map((c) => `entries.${c}`),
    enumName: 'SubmissionReason',
    description: 'the same problem as a reason: the web words it as refusals.<reason> with the params',
  })
  reason: SubmissionReason;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'its facts: opensAt/closedAt (ISO instants), languages (codes), min/max/size/limit/age/minAge/maxAge (numbers), name, status',
  })
  params: Record<string, unknown>;
  @ApiProperty({ description: 'English, for API users and logs; the web never shows it' })
  message: string;
}

export class LicenceStateDto {
  @ApiProperty()
  accepted: boolean;
  @ApiProperty({ type: String, nullable: true })
  licenceVersionId: string | null;
  @ApiProperty({ type: String, nullable: true })
  acceptedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the language of the licence text accepted' })
  textLanguage: string | null;
}

export class EntryDto {
  @ApiProperty()
  id: string;
  @ApiProperty({ example: 'TH-0007' })
  code: string;
  @ApiProperty()
  competitionId: string;
  @ApiProperty()
  categoryId: string;
  @ApiProperty()
  countryCode: string;
  @ApiProperty()
  schoolName: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  synopsisOriginal: string;
  @ApiProperty()
  synopsisEnglish: string;
  @ApiProperty()
  videoLanguage: string;
  @ApiProperty({ type: String, nullable: true })
  supervisingTeacherName: string | null;
  @ApiProperty({ type: String, nullable: true })
  supervisingTeacherEmail: string | null;
  @ApiProperty()
  sources: string;
  @ApiProperty({ enum: ['draft', 'submitted', 'withdrawn'] })
  status: 'draft' | 'submitted' | 'withdrawn';
  @ApiProperty({ type: String, nullable: true })
  submittedAt: string | null;
  @ApiProperty({ enum: ['pending', 'eligible', 'ineligible'] })
  eligibility: 'pending' | 'eligible' | 'ineligible';
  @ApiProperty({ type: String, nullable: true })
  eligibilityReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'screening asked for changes: the message to the team (kept after resubmission)' })
  changesMessage: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the deadline to resubmit after changes were requested' })
  changesDueAt: string | null;
  @ApiProperty({ description: 'changes are requested now: the entry is a draft again until changesDueAt' })
  changesRequested: boolean;
  @ApiProperty({ type: [MemberDto] })
  members: MemberDto[];
  @ApiProperty({ type: LicenceStateDto })
  licence: LicenceStateDto;
  @ApiProperty({ type: [SubmissionProblemDto], description: 'what still stands between the entry and submission' })
  checklist: SubmissionProblemDto[];
  @ApiProperty({
    type: [SubmissionProblemDto],
    description: "for coordinators and organisers: the submission rules the entry breaks now, the window aside (screening's checklist)",
  })
  rules: SubmissionProblemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'public credits: the team name' })
  teamName: string | null;
  @ApiProperty({ enum: CREDIT_STYLES, description: 'public credits: how the team is named in public' })
  creditStyle: CreditStyle;
  @ApiProperty({ description: 'public credits: the team consented to naming the school' })
  creditSchool: boolean;
  @ApiProperty({ enum: ['owner', 'teacher', 'coordinator', 'organiser'], description: "the viewer's relation to the entry" })
  viewerRelation: 'owner' | 'teacher' | 'coordinator' | 'organiser';
  @ApiProperty()
  createdAt: string;
  @ApiProperty()
  updatedAt: string;
}

export class EntrySummaryDto extends PickType(EntryDto, [
  'id',
  'code',
  'competitionId',
  'categoryId',
  'countryCode',
  'schoolName',
  'title',
  'status',
  'submittedAt',
  'eligibility',
  'updatedAt',
] as const) {
  @ApiProperty()
  memberCount: number;
}

/** The team's choice of public credits (showcase, embeds, media kits); it may change after submission. */
export class SetCreditsDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, description: 'left out: unchanged; null or empty: no team name' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'teamName must be text' })
  @MaxLength(120, { message: 'teamName must be at most 120 characters' })
  teamName?: string | null;

  @ApiProperty({
    enum: CREDIT_STYLES,
    description: 'full_names names adults only: members under 18 are always credited by first name (refused when every member is under 18)',
  })
  @IsIn([...CREDIT_STYLES], { message: 'creditStyle must be first_names, team_name or full_names' })
  creditStyle: CreditStyle;

  @ApiProperty({ description: 'name the school in public credits: adults’ schools only, never one a member under 18 attends (refused when none is left)' })
  @IsBoolean({ message: 'creditSchool must be true or false' })
  creditSchool: boolean;
}

export class CreditsPreviewDto {
  @ApiProperty({ type: [String], description: 'the names the public sees, in roster order' })
  names: string[];
  @ApiProperty({ type: [String], description: 'the schools the public sees (none unless consented)' })
  schools: string[];
  @ApiProperty({ example: 'Ana, Budi and Chai' })
  byline: string;
}

export class CreditsDto {
  @ApiProperty()
  entryId: string;
  @ApiProperty({ type: String, nullable: true })
  teamName: string | null;
  @ApiProperty({ enum: CREDIT_STYLES })
  creditStyle: CreditStyle;
  @ApiProperty()
  creditSchool: boolean;
  @ApiProperty({ type: CreditsPreviewDto, description: 'exactly what the public will see' })
  preview: CreditsPreviewDto;
}
