import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { LOCALES, type Locale } from '@clapper/domain/locales';
import { Equals, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Which text was read and agreed to: its language and version, as the page showed them. */
class AgreedTextDto {
  @ApiPropertyOptional({
    enum: LOCALES,
    description:
      'the language of the text read (default en); it must have an approved text (consents.text_not_approved), any other language is refused (consents.unknown_language)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  language?: string;

  @ApiPropertyOptional({ description: 'the version of the text read (as shown); refused when it is no longer the current one (consents.text_stale)' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  textVersion?: string;
}

export class ParticipantConsentDto extends AgreedTextDto {
  @ApiProperty({ description: 'the member agreed to the consent text shown', enum: [true] })
  @Equals(true, { message: 'agree must be true: record consent only when the member agreed' })
  agree: true;
}

export class GuardianLinkDto {
  @ApiProperty({ description: "the guardian's own email address: the platform sends the single-use link there, and nowhere else" })
  @Transform(trim)
  @IsEmail({}, { message: 'guardianEmail must be an email address' })
  @MaxLength(254, { message: 'guardianEmail must be an email address' })
  guardianEmail: string;

  @ApiPropertyOptional({ enum: LOCALES, description: "the email's language; without it, the language of the member who asks" })
  @IsOptional()
  @IsIn([...LOCALES], { message: `language must be one of ${LOCALES.join(', ')}` })
  language?: Locale;
}

export class ConsentTokenDto {
  @ApiProperty()
  @IsString()
  @Length(20, 100, { message: 'token is not a valid consent link' })
  token: string;
}

/** The guardian's page: the link, and the language the guardian reads it in. */
export class GuardianConsentPreviewRequestDto extends ConsentTokenDto {
  @ApiPropertyOptional({ enum: LOCALES, description: "the page's language (default: the language the team chose for the request, else en)" })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  language?: string;
}

export class GiveGuardianConsentDto extends ConsentTokenDto {
  @ApiPropertyOptional({ enum: LOCALES, description: 'the language of the text read (default en); it must have an approved text' })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  language?: string;

  @ApiPropertyOptional({ description: 'the version of the text read; refused when it is no longer the current one (consents.text_stale)' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  textVersion?: string;

  @ApiProperty({ example: 'Malee Srisuk' })
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'guardianName must be 2 to 120 characters' })
  guardianName: string;

  @ApiProperty({ example: 'mother' })
  @Transform(trim)
  @IsString()
  @Length(2, 60, { message: 'relationship must be 2 to 60 characters, e.g. mother, father, legal guardian' })
  relationship: string;

  @ApiProperty({ enum: [true] })
  @Equals(true, { message: 'agree must be true to give consent' })
  agree: true;
}

/** The guardian answers "I do not agree" (to the text in the language and version read). */
export class RefuseGuardianConsentDto extends ConsentTokenDto {
  @ApiPropertyOptional({ enum: LOCALES, description: 'the language of the text read (default en)' })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  language?: string;

  @ApiPropertyOptional({ description: 'the version of the text read' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  textVersion?: string;

  @ApiProperty({ enum: [false] })
  @Equals(false, { message: 'agree must be false to decline' })
  agree: false;
}

export class GuardianConsentPreviewDto {
  @ApiProperty({ description: "the team member's name, as the team entered it" })
  memberName: string;
  @ApiProperty()
  entryTitle: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  competitionName: Record<string, string>;
  @ApiProperty({ description: 'the language the page asked for' })
  language: string;
  @ApiProperty({ type: String, nullable: true, description: 'the consent text in that language; null when it has no approved text (offer `languages`)' })
  consentText: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'its version, to send back with the answer' })
  textVersion: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the language of the consent text shown' })
  textLanguage: string | null;
  @ApiProperty({ type: [String], description: 'the languages with an approved consent text' })
  languages: string[];
  @ApiProperty({ type: String, nullable: true, description: 'the language the team chose for the request (its email)' })
  requestedLanguage: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the ledger: the version agreed to (or declined)' })
  agreedVersion: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the ledger: the language of the text agreed to (or declined)' })
  agreedLanguage: string | null;
  @ApiProperty({ enum: ['requested', 'given', 'refused', 'withdrawn'] })
  status: 'requested' | 'given' | 'refused' | 'withdrawn';
  @ApiProperty({ type: String, nullable: true })
  givenAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'when the guardian answered "I do not agree"' })
  refusedAt: string | null;
}

export class VerifyConsentDto {
  @ApiProperty({ enum: ['accept', 'reject'] })
  @IsIn(['accept', 'reject'], { message: 'decision must be accept or reject' })
  decision: 'accept' | 'reject';

  @ApiPropertyOptional({ description: 'required when rejecting; shown to the team' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}
