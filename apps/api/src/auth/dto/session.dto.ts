import { ApiProperty } from '@nestjs/swagger';

/** One of the signed-in user's sessions. Never its token: the id is what ends it. */
export class SessionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ type: String, nullable: true, example: 'Chrome', description: 'the browser, by its product name; null when not recognised' })
  browser: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Android', description: 'the operating system, by its product name; null when not recognised' })
  os: string | null;
  @ApiProperty({ description: 'when the session was signed in' })
  createdAt: string;
  @ApiProperty({ description: 'when the session was last used (refreshed at most every few minutes)' })
  lastSeenAt: string;
  @ApiProperty({ description: 'true for the session making this request (this device)' })
  current: boolean;
}

export class SignedOutOthersDto {
  @ApiProperty({ description: 'how many other sessions were ended' })
  signedOut: number;
}
