import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({ description: 'the password the account has now' })
  @IsString()
  @Length(1, 256)
  currentPassword: string;

  @ApiProperty({ minLength: 12, maxLength: 256, description: 'the new password (the same rules as at sign-up)' })
  @IsString()
  @Length(1, 256)
  newPassword: string;
}

export class PasswordChangedDto {
  @ApiProperty({ description: 'how many other sessions (devices) were signed out; this one stays signed in' })
  signedOut: number;
}
