import { AccountsReason } from '@clapper/domain/refusals';
import { LOCALES, type Locale } from '@clapper/domain/locales';
import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { INVITED_ROLES, type InvitedRole } from '@clapper/domain/roles';
import { RoundBriefDto } from '../../judging/round-brief.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateInvitationDto {
  @ApiProperty()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: INVITED_ROLES })
  @IsIn([...INVITED_ROLES], { message: 'role must be organiser, coordinator, judge or teacher' })
  role: InvitedRole;

  @ApiPropertyOptional({ description: "required for coordinators and teachers; for judges, the judge's own country" })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be a two-letter country code such as TH' })
  countryCode?: string;

  @ApiPropertyOptional({ description: "a teacher's school, in countryCode (found by name, or added)" })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200, { message: 'schoolName must be 2 to 200 characters' })
  schoolName?: string;

  @ApiPropertyOptional({ description: 'the round a judge is invited to' })
  @IsOptional()
  @IsUUID('all', { message: 'roundId must be an id' })
  roundId?: string;

  @ApiPropertyOptional({ enum: LOCALES, description: "the email's language; without it, the inviter's own" })
  @IsOptional()
  @IsIn([...LOCALES], { message: `language must be one of ${LOCALES.join(', ')}` })
  language?: Locale;
}

export class InvitationTokenDto {
  @ApiProperty()
  @IsString()
  @Length(20, 100, { message: 'token is not a valid invitation token', context: { reason: AccountsReason.InvitationInvalid } })
  token: string;
}

export class AcceptInvitationDto extends InvitationTokenDto {
  @ApiPropertyOptional({ description: 'for a new account' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ description: 'for a new account' })
  @IsOptional()
  @IsString()
  @Length(1, 256)
  password?: string;
}

export class InvitationDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  email: string;
  @ApiProperty({ enum: INVITED_ROLES })
  role: InvitedRole;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({ type: String, nullable: true })
  roundId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "a teacher's school" })
  schoolName: string | null;
  @ApiProperty({ enum: ['pending', 'accepted', 'expired', 'revoked'] })
  status: 'pending' | 'accepted' | 'expired' | 'revoked';
  @ApiProperty()
  createdAt: string;
  @ApiProperty()
  expiresAt: string;
}

export class InvitationPreviewDto extends PickType(InvitationDto, ['email', 'role', 'countryCode', 'schoolName', 'expiresAt'] as const) {
  @ApiProperty({ description: 'true when an account with this email exists: sign in as it to accept' })
  accountExists: boolean;
  @ApiProperty({ type: RoundBriefDto, nullable: true, description: "a judge's invitation to a round: what the round asks" })
  round: RoundBriefDto | null;
}

export class OutboxMessageDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  to: string;
  @ApiProperty()
  subject: string;
  @ApiProperty()
  text: string;
  @ApiProperty({ type: String, nullable: true, description: 'the HTML part, made from the text (null on messages written before it existed)' })
  html: string | null;
  @ApiProperty()
  kind: string;
  @ApiProperty({ enum: ['outbox', 'smtp'] })
  transport: 'outbox' | 'smtp';
  @ApiProperty()
  createdAt: string;
  @ApiProperty({ type: String, nullable: true })
  sentAt: string | null;
}

export class OutboxPageDto {
  @ApiProperty({ type: [OutboxMessageDto] })
  items: OutboxMessageDto[];
  @ApiProperty()
  total: number;
}
