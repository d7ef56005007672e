import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ROUND_KINDS, type RoundKind } from '@clapper/domain/rounds';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class JudgePoolQueryDto {
  @ApiPropertyOptional({ maxLength: 100, description: 'part of the name or email address' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: 'JP', description: "the person's country (a coordinator's search is always their own country)" })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as TH' })
  country?: string;

  @ApiPropertyOptional({ example: 'ja', description: 'a language the person understands (declared on a panel, or their interface language)' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, { message: 'language must be a code like en, th or pt-BR' })
  language?: string;
}

export class PastRoundDto {
  @ApiProperty()
  roundId: string;
  @ApiProperty({ enum: ROUND_KINDS })
  kind: RoundKind;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: "the competition's name by language" })
  competitionName: Record<string, string>;
  @ApiProperty({ description: 'the year its judging opened' })
  year: number;
}

export class PoolPersonDto {
  @ApiProperty()
  userId: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty()
  email: string;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({ type: [String], description: 'languages they declared on a panel, and their interface language, as codes' })
  languages: string[];
  @ApiProperty({ type: [PastRoundDto], description: 'the rounds they judged, latest first (this round left out)' })
  pastRounds: PastRoundDto[];
  @ApiProperty({ description: "already on this round's panel" })
  onPanel: boolean;
}

export class JudgePoolDto {
  @ApiProperty({ type: [PoolPersonDto] })
  people: PoolPersonDto[];
  @ApiProperty({ description: 'more people match: narrow the search' })
  more: boolean;
}

export class AddPoolJudgeDto {
  @ApiProperty({ description: 'a person from the judge pool' })
  @IsUUID('all', { message: 'userId must be an id from the judge pool' })
  userId: string;
}
