import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const LANG = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

export class PanelJudgeDto {
  @ApiProperty()
  userId: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty()
  email: string;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({ type: [String] })
  languages: string[];
  @ApiProperty({ type: [String], description: 'codes of the entries the judge declared a conflict with' })
  conflictEntryCodes: string[];
  @ApiProperty({ type: [String] })
  conflictSchoolNames: string[];
  @ApiProperty({ type: [String] })
  conflictCountryCodes: string[];
  @ApiProperty()
  conflictNote: string;
  @ApiProperty({ type: String, nullable: true })
  declaredAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'set when the judge left the panel' })
  droppedAt: string | null;
  @ApiProperty()
  assigned: number;
  @ApiProperty()
  submitted: number;
}

export class PanelInvitationDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  email: string;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty()
  expiresAt: string;
}

export class PanelDto {
  @ApiProperty({ type: [PanelJudgeDto] })
  judges: PanelJudgeDto[];
  @ApiProperty({ type: [PanelInvitationDto], description: 'invitations not yet accepted' })
  invitations: PanelInvitationDto[];
}

export class DeclarationInputDto {
  @ApiProperty({ type: [String], example: ['en', 'th'], description: 'languages the judge understands' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(LANG, { each: true, message: 'each language must be a code like en, th or pt-BR' })
  languages: string[];

  @ApiProperty({ type: [String], example: ['TH-0007'] })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(/^[A-Z]{2}-\d{4,}$/, { each: true, message: 'each entry code looks like TH-0007' })
  conflictEntryCodes: string[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each school must be an id from the list' })
  conflictSchoolIds: string[];

  @ApiProperty({ type: [String], example: ['TH'] })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'each country must be a code like TH' })
  conflictCountryCodes: string[];

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MaxLength(1000)
  note: string;
}

export class SchoolOptionDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty()
  countryCode: string;
}

export class DeclarationDto {
  @ApiProperty({ type: [String] })
  languages: string[];
  @ApiProperty({ type: [String] })
  conflictEntryCodes: string[];
  @ApiProperty({ type: [String] })
  conflictSchoolIds: string[];
  @ApiProperty({ type: [String] })
  conflictCountryCodes: string[];
  @ApiProperty()
  note: string;
  @ApiProperty({ type: String, nullable: true })
  declaredAt: string | null;
  @ApiProperty({ type: [SchoolOptionDto], description: 'the schools with entries in this round, to declare conflicts with' })
  schools: SchoolOptionDto[];
  @ApiProperty({ type: [String], description: 'the countries with entries in this round' })
  countries: string[];
}
