import { AccountsReason } from '@clapper/domain/refusals';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ConfirmEmailDto {
  @ApiProperty({ description: 'the token from the link in the verification email' })
  @IsString()
  @Length(20, 100, {
    message: 'token is not a valid verification token; open the link from the email again',
    context: { reason: AccountsReason.VerificationLinkInvalid },
  })
  token: string;
}

export class EmailVerificationSentDto {
  @ApiProperty({ description: 'where the link was sent' })
  sentTo: string;
  @ApiProperty({ description: 'the link works once, until then; a newer link replaces it' })
  expiresAt: string;
}

export class EmailVerifiedDto {
  @ApiProperty()
  email: string;
  @ApiProperty()
  emailVerified: boolean;
  @ApiProperty()
  emailVerifiedAt: string;
  @ApiProperty({ description: 'true when the link finished a sign-up: the person is now signed in (the session cookie is set)' })
  signedIn: boolean;
}
