import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { LOCALES, type Locale } from '@clapper/domain/locales';
import { Equals, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ParticipantConsentDto {
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

export class GiveGuardianConsentDto extends ConsentTokenDto {
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

/** The guardian answers "I do not agree". */
export class RefuseGuardianConsentDto extends ConsentTokenDto {
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
  @ApiProperty()
  consentText: string;
  @ApiProperty()
  textVersion: string;
  @ApiProperty({ description: 'the language of the consent text' })
  textLanguage: string;
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
