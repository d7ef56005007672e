import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { COMPETITION_STATUSES, type CompetitionStatus } from '@clapper/domain/competitions';
import { CONTENT_FIELDS, CONTENT_ITEM_KINDS, type ContentField, type ContentItemKind } from '@clapper/domain/content-languages';
import { CONSENT_KINDS, CONTAINERS, VIDEO_CODECS } from '@clapper/domain/entry-rules';
import { ApiLocalizedText, IsLocalizedText } from '../../common/localized-text.validator.js';
import { IsLocalizedFreeText } from '../../common/localized-free-text.validator.js';

/** The longest rules summary, per language. */
export const RULES_TEXT_MAX_LENGTH = 5000;
const RULES_TEXT_DESCRIPTION = `language code → the rules in brief, free text of at most ${RULES_TEXT_MAX_LENGTH} characters (line breaks kept); English optional; empty texts are dropped`;

const LANG = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

/** The longest email signature, per language. */
export const EMAIL_SIGNATURE_MAX_LENGTH = 1000;
const EMAIL_SIGNATURE_DESCRIPTION = `language code → the signature appended to the emails about this competition, in the recipient's language (English when theirs is missing), at most ${EMAIL_SIGNATURE_MAX_LENGTH} characters (line breaks kept); empty texts are dropped`;

export class TimelineDto {
  @ApiProperty({ example: '2027-03-01T00:00:00Z', description: 'UTC instant' })
  @IsISO8601({ strict: true }, { message: 'submissionOpensAt must be a date and time, like 2027-03-01T00:00:00Z' })
  submissionOpensAt: string;

  @ApiProperty({ example: '2027-06-30T15:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'submissionClosesAt must be a date and time, like 2027-06-30T15:00:00Z' })
  submissionClosesAt: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'judgingOpensAt must be a date and time' })
  judgingOpensAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'judgingClosesAt must be a date and time' })
  judgingClosesAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'results stay sealed until then' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'ceremonyAt must be a date and time' })
  ceremonyAt?: string | null;
}

export class EntryRulesDto {
  @ApiProperty({ example: 30 })
  @IsInt()
  @Min(1)
  @Max(3600)
  minDurationSeconds: number;

  @ApiProperty({ example: 180 })
  @IsInt()
  @Min(1)
  @Max(3600)
  maxDurationSeconds: number;

  @ApiProperty({ example: 2147483648 })
  @IsInt()
  @Min(1024 * 1024, { message: 'maxFileSizeBytes must be at least 1 MiB' })
  @Max(20 * 1024 ** 3, { message: 'maxFileSizeBytes must be at most 20 GiB' })
  maxFileSizeBytes: number;

  @ApiProperty({ enum: CONTAINERS, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'accept at least one container' })
  @ArrayUnique()
  @IsIn([...CONTAINERS], { each: true, message: `acceptedContainers may hold ${CONTAINERS.join(', ')}` })
  acceptedContainers: string[];

  @ApiProperty({ enum: VIDEO_CODECS, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'accept at least one codec' })
  @ArrayUnique()
  @IsIn([...VIDEO_CODECS], { each: true, message: `acceptedVideoCodecs may hold ${VIDEO_CODECS.join(', ')}` })
  acceptedVideoCodecs: string[];

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(20)
  teamSizeMin: number;

  @ApiProperty({ example: 5 })
  @IsInt()
  @Min(1)
  @Max(20)
  teamSizeMax: number;

  @ApiProperty({ example: 1, description: 'entries one school may submit to the competition' })
  @IsInt()
  @Min(1)
  @Max(1000)
  entriesPerSchool: number;

  @ApiProperty({ example: ['en'], type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(LANG, { each: true, message: 'requiredSubtitleLanguages must hold language codes such as en' })
  requiredSubtitleLanguages: string[];

  @ApiProperty({ enum: CONSENT_KINDS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn([...CONSENT_KINDS], { each: true, message: `requiredConsents may hold ${CONSENT_KINDS.join(', ')}` })
  requiredConsents: string[];
}

export class CategoryInputDto {
  @ApiLocalizedText({ example: { en: 'Ages 13–17', ja: '13〜17歳' } })
  @IsLocalizedText()
  name: Record<string, string>;

  @ApiProperty({ example: 13 })
  @IsInt({ message: 'minAge must be a whole number' })
  @Min(0)
  @Max(120)
  minAge: number;

  @ApiProperty({ example: 17 })
  @IsInt({ message: 'maxAge must be a whole number' })
  @Min(0)
  @Max(120)
  maxAge: number;
}

export class UpdateCategoryDto extends PartialType(CategoryInputDto) {}

export class CategorySyncItemDto extends CategoryInputDto {
  @ApiPropertyOptional({ description: 'an existing category of this competition; leave out for a new one' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be the id of an existing category' })
  id?: string;
}

/** The whole list of categories, in order: missing ones are removed, new ones added, the rest updated. */
export class SetCategoriesDto {
  @ApiProperty({ type: [CategorySyncItemDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CategorySyncItemDto)
  categories: CategorySyncItemDto[];
}

export class CreateCompetitionDto {
  @ApiProperty({ example: 'asean-japan-2027', description: 'lower-case letters, digits and hyphens' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @Matches(/^[a-z0-9](?:[a-z0-9-]{1,78}[a-z0-9])$/, { message: 'slug must be 3–80 lower-case letters, digits and hyphens, like asean-japan-2027' })
  slug: string;

  @ApiLocalizedText({ example: { en: 'ASEAN–Japan Cybersecurity Awareness Video Competition 2027', ja: '日ASEANサイバーセキュリティ啓発動画コンテスト2027' } })
  @IsLocalizedText({ requireEnglish: true })
  name: Record<string, string>;

  @ApiLocalizedText({ required: false, example: { en: 'Think before you click' } })
  @IsOptional()
  @IsLocalizedText({ maxLength: 500 })
  theme?: Record<string, string>;

  @ApiLocalizedText({ required: false, example: { en: 'One video per team.\nOriginal work only.', th: 'หนึ่งวิดีโอต่อทีม' }, description: RULES_TEXT_DESCRIPTION })
  @IsOptional()
  @IsLocalizedFreeText({ maxLength: RULES_TEXT_MAX_LENGTH })
  rulesText?: Record<string, string>;

  @ApiLocalizedText({ required: false, example: { en: 'The organising committee', th: 'คณะกรรมการจัดการประกวด' }, description: EMAIL_SIGNATURE_DESCRIPTION })
  @IsOptional()
  @IsLocalizedFreeText({ maxLength: EMAIL_SIGNATURE_MAX_LENGTH })
  emailSignature?: Record<string, string>;

  @ApiProperty({ example: ['en', 'ja', 'th'], type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(LANG, { each: true, message: 'languages must hold language codes such as en' })
  languages: string[];

  @ApiProperty({ example: '2027-04-01', description: 'ages are counted on this date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'referenceDate must be a date like 2027-04-01' })
  @IsISO8601({ strict: true }, { message: 'referenceDate must be a real date like 2027-04-01' })
  referenceDate: string;

  @ApiProperty({ type: TimelineDto })
  @IsObject()
  @ValidateNested()
  @Type(() => TimelineDto)
  timeline: TimelineDto;

  @ApiPropertyOptional({ type: EntryRulesDto, description: 'defaults apply when omitted' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EntryRulesDto)
  rules?: EntryRulesDto;

  @ApiPropertyOptional({ example: ['JP', 'TH'], type: [String], description: 'defaults to every seeded country' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countryCodes must hold two-letter country codes such as TH' })
  countryCodes?: string[];

  @ApiPropertyOptional({ type: [CategoryInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CategoryInputDto)
  categories?: CategoryInputDto[];
}

export class UpdateCompetitionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{1,78}[a-z0-9])$/, { message: 'slug must be 3–80 lower-case letters, digits and hyphens' })
  slug?: string;

  @ApiLocalizedText({ required: false })
  @IsOptional()
  @IsLocalizedText({ requireEnglish: true })
  name?: Record<string, string>;

  @ApiLocalizedText({ required: false })
  @IsOptional()
  @IsLocalizedText({ maxLength: 500 })
  theme?: Record<string, string>;

  @ApiLocalizedText({
    required: false,
    example: { en: 'One video per team.', th: 'หนึ่งวิดีโอต่อทีม' },
    description: `${RULES_TEXT_DESCRIPTION}; replaces every language`,
  })
  @IsOptional()
  @IsLocalizedFreeText({ maxLength: RULES_TEXT_MAX_LENGTH })
  rulesText?: Record<string, string>;

  @ApiLocalizedText({ required: false, example: { en: 'The organising committee' }, description: `${EMAIL_SIGNATURE_DESCRIPTION}; replaces every language` })
  @IsOptional()
  @IsLocalizedFreeText({ maxLength: EMAIL_SIGNATURE_MAX_LENGTH })
  emailSignature?: Record<string, string>;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'th',
    description: "the language the ceremony is shown in: one of the competition's languages; null: not chosen",
  })
  @IsOptional()
  @Matches(LANG, { message: 'ceremonyLanguage must be a language code such as th' })
  ceremonyLanguage?: string | null;

  @ApiPropertyOptional({
    description:
      'publish (status: published) even though some texts miss a translation (refused otherwise with competitions.translation_gaps, whose params list them)',
  })
  @IsOptional()
  @IsBoolean({ message: 'confirmGaps must be true or false' })
  confirmGaps?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @Matches(LANG, { each: true, message: 'languages must hold language codes such as en' })
  languages?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'referenceDate must be a date like 2027-04-01' })
  @IsISO8601({ strict: true }, { message: 'referenceDate must be a real date like 2027-04-01' })
  referenceDate?: string;

  @ApiPropertyOptional({ type: TimelineDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TimelineDto)
  timeline?: TimelineDto;

  @ApiPropertyOptional({ enum: COMPETITION_STATUSES })
  @IsOptional()
  @IsIn(COMPETITION_STATUSES, { message: 'status must be draft, published or archived' })
  status?: CompetitionStatus;

  @ApiPropertyOptional({ description: 'an audience vote among the finalists (needs the voting window)' })
  @IsOptional()
  @IsBoolean({ message: 'audienceVoting must be true or false' })
  audienceVoting?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-08-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'votingOpensAt must be a date and time, like 2027-08-01T00:00:00Z' })
  votingOpensAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-08-15T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'votingClosesAt must be a date and time, like 2027-08-15T00:00:00Z' })
  votingClosesAt?: string | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 1, description: "the vote's share of the final score; 0 keeps votes out of the judges' scores" })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 }, { message: 'audienceWeight must be a number from 0 to 1, with at most 3 decimals' })
  @Min(0, { message: 'audienceWeight must be from 0 to 1' })
  @Max(1, { message: 'audienceWeight must be from 0 to 1' })
  audienceWeight?: number;
}

export class SetCountriesDto {
  @ApiProperty({ example: ['JP', 'TH'], type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: 'a competition needs at least one country' })
  @ArrayUnique()
  @ArrayMaxSize(100)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countryCodes must hold two-letter country codes such as TH' })
  countryCodes: string[];
}

export class CategoryDto {
  @ApiProperty()
  id: string;
  @ApiLocalizedText({ example: { en: 'Ages 13–17' } })
  name: Record<string, string>;
  @ApiProperty()
  minAge: number;
  @ApiProperty()
  maxAge: number;
  @ApiProperty()
  position: number;
}

export class TimelineOutDto {
  @ApiProperty()
  submissionOpensAt: string;
  @ApiProperty()
  submissionClosesAt: string;
  @ApiProperty({ type: String, nullable: true })
  judgingOpensAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  judgingClosesAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  ceremonyAt: string | null;
}

/** The work a finished edition opens on (its Grand Prize), as the public may see it: credits as consented, no minor's surname. */
export class PublicWinnerDto {
  @ApiProperty({ example: 'TH-0042' })
  code: string;
  @ApiProperty()
  title: string;
  @ApiProperty({ type: [String], description: "the team's public credits as consented: first names for minors, or the team's name" })
  credits: string[];
  @ApiProperty({ example: 'TH' })
  countryCode: string;
  @ApiLocalizedText({ example: { en: 'Grand Prize' } })
  awardName: Record<string, string>;
  @ApiProperty({ description: "the work's showcase page (a path on the platform)", example: '/showcase/asean-japan-2027/entries/TH-0042' })
  url: string;
  @ApiProperty({ type: String, nullable: true, description: 'its poster on the showcase (a path), when it has one' })
  posterUrl: string | null;
}

/** A finished edition: when its results became public, where the winners are, and the Grand Prize. */
export class CompetitionResultsDto {
  @ApiProperty({ description: 'when the results became public (UTC instant)' })
  publishedAt: string;
  @ApiProperty({ description: "the winners' page on the showcase (a path on the platform)", example: '/showcase/asean-japan-2027' })
  showcaseUrl: string;
  @ApiProperty({ type: PublicWinnerDto, nullable: true, description: 'the Grand Prize (else the first award), when a public work won it' })
  grandPrize: PublicWinnerDto | null;
}

export class CompetitionDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  slug: string;
  @ApiLocalizedText({ example: { en: 'ASEAN–Japan Cybersecurity Awareness Video Competition 2027' } })
  name: Record<string, string>;
  @ApiLocalizedText({ example: { en: 'Think before you click' } })
  theme: Record<string, string>;
  @ApiLocalizedText({
    example: { en: 'One video per team.\nOriginal work only.' },
    description: 'language code → the rules in brief (free text, line breaks kept); may be empty',
  })
  rulesText: Record<string, string>;
  @ApiLocalizedText({
    example: { en: 'The organising committee' },
    description: 'language code → the signature appended to the emails about this competition; may be empty',
  })
  emailSignature: Record<string, string>;
  @ApiProperty({ type: String, nullable: true, description: 'the language the ceremony is shown in; null: not chosen' })
  ceremonyLanguage: string | null;
  @ApiProperty({ type: [String] })
  languages: string[];
  @ApiProperty({ enum: COMPETITION_STATUSES })
  status: CompetitionStatus;
  @ApiProperty()
  referenceDate: string;
  @ApiProperty({ type: TimelineOutDto })
  timeline: TimelineOutDto;
  @ApiProperty({ enum: ['not_open', 'open', 'closed'], description: 'by server time' })
  submissionPhase: 'not_open' | 'open' | 'closed';
  @ApiProperty({ type: EntryRulesDto })
  rules: EntryRulesDto;
  @ApiProperty({ type: [String] })
  countryCodes: string[];
  @ApiProperty({ type: [CategoryDto] })
  categories: CategoryDto[];
  @ApiProperty({ description: 'an audience vote among the finalists' })
  audienceVoting: boolean;
  @ApiProperty({ type: String, nullable: true })
  votingOpensAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  votingClosesAt: string | null;
  @ApiProperty({ description: "the vote's share of the final score, 0–1" })
  audienceWeight: number;
  @ApiProperty()
  updatedAt: string;
  @ApiProperty({ type: CompetitionResultsDto, nullable: true, description: 'set once the results are public' })
  results: CompetitionResultsDto | null;
}

export class CompetitionSummaryDto extends PickType(CompetitionDto, [
  'id',
  'slug',
  'name',
  'theme',
  'status',
  'timeline',
  'submissionPhase',
  'results',
] as const) {
  @ApiProperty()
  countryCount: number;
  @ApiProperty()
  categoryCount: number;
}

/** What a missing text belongs to (content-languages.ts ContentItem). */
export class ContentItemDto {
  @ApiProperty({ enum: CONTENT_ITEM_KINDS })
  kind: ContentItemKind;
  @ApiProperty({ description: "the item's id (a criterion: its key)" })
  id: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, nullable: true, description: "the item's own name, by language" })
  name?: Record<string, string> | null;
  @ApiPropertyOptional({ enum: ['national', 'final'], description: 'a round: its kind' })
  roundKind?: 'national' | 'final';
  @ApiPropertyOptional({ type: String, nullable: true, description: 'a national round: its country' })
  countryCode?: string | null;
  @ApiPropertyOptional({ type: () => ContentItemDto, description: 'a criterion: its round' })
  round?: ContentItemDto;
  @ApiPropertyOptional({ description: "a level descriptor: the level's score" })
  score?: number;
}

/** A text missing in one language of the competition. */
export class TranslationGapDto {
  @ApiProperty({ example: 'th' })
  language: string;
  @ApiProperty({ enum: CONTENT_FIELDS })
  field: ContentField;
  @ApiProperty({ type: ContentItemDto, nullable: true, description: "null: the competition's own text" })
  item: ContentItemDto | null;
}

/** The competition's texts per language: what each language misses (the completeness panel). */
export class TranslationsDto {
  @ApiProperty({ type: [String], description: "the competition's languages, English first" })
  languages: string[];
  @ApiProperty({ type: [TranslationGapDto], description: 'every missing text, English first, then the languages in their order' })
  gaps: TranslationGapDto[];
}
