import { AccountsReason } from '@clapper/domain/refusals';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RequestPasswordResetDto {
  @ApiProperty({ example: 'somchai@school.ac.th' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address, like name@school.org' })
  @MaxLength(254)
  email: string;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'the token from the link in the password reset email' })
  @IsString()
  @Length(20, 100, {
    message: 'token is not a valid password reset token; open the link from the email again',
    context: { reason: AccountsReason.ResetLinkInvalid },
  })
  token: string;

  @ApiProperty({ minLength: 12, maxLength: 256, description: 'the new password (the same rules as at sign-up)' })
  @IsString()
  @Length(1, 256)
  password: string;
}

export class PasswordResetDoneDto {
  @ApiProperty({ description: 'the account whose password was changed: sign in with it' })
  email: string;
}
