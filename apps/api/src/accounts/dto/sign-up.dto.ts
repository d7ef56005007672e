import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsISO8601, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { SELF_SIGN_UP_ROLES, type SelfSignUpRole } from '@clapper/domain/roles';
import { LOCALES, type Locale } from '@clapper/domain/locales';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SignUpDto {
  @ApiProperty({ example: 'somchai@school.ac.th' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address, like name@school.org' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 12, maxLength: 256 })
  @IsString()
  @Length(1, 256)
  password: string;

  @ApiProperty({ example: 'Somchai K.' })
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName: string;

  @ApiProperty({ enum: SELF_SIGN_UP_ROLES })
  @IsIn([...SELF_SIGN_UP_ROLES], { message: 'role must be student or teacher' })
  role: SelfSignUpRole;

  @ApiProperty({ example: 'TH', description: 'ISO 3166-1 alpha-2 code of a participating country' })
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be a two-letter country code such as TH' })
  countryCode: string;

  @ApiProperty({ example: 'Bangkok Christian College' })
  @Transform(trim)
  @IsString()
  @Length(2, 200, { message: 'schoolName must be 2 to 200 characters' })
  schoolName: string;

  @ApiPropertyOptional({ example: '2010-05-14', description: 'required for students' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dateOfBirth must be a date like 2010-05-14' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date like 2010-05-14' })
  dateOfBirth?: string;

  @ApiPropertyOptional({ enum: LOCALES, example: 'en', description: 'the interface language; emails are written in it' })
  @IsOptional()
  @IsIn([...LOCALES], { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

export class SetLocaleDto {
  @ApiProperty({ enum: LOCALES, example: 'th' })
  @IsIn([...LOCALES], { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale: Locale;
}

export class SignInDto {
  @ApiProperty()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @Length(1, 256)
  password: string;
}

/** Sends the sign-up email again: a new confirmation link, or the notice to an address that has an account. */
export class ResendSignUpDto {
  @ApiProperty()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address, like name@school.org' })
  @MaxLength(254)
  email: string;
}

/** The one answer to a sign-up or a password reset request, whether or not the address has an account. */
export class CheckEmailDto {
  @ApiProperty({ enum: ['check_email'] })
  status: 'check_email';
  @ApiProperty({ description: 'the address the email goes to, if it goes anywhere' })
  email: string;
}
