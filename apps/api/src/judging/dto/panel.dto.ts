import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { SCHOOL_SEARCH_MIN_CHARS } from '@clapper/domain/schools';
import { SchoolDto } from '../../countries/dto/country.dto.js';

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

  @ApiProperty({
    type: [String],
    example: ['TH-0007'],
    description: "codes of entries the judge knows from outside (a relative's entry); kept as typed, whether or not an entry has the code",
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(/^[A-Z]{2}-\d{4,}$/, { each: true, message: 'each entry code looks like TH-0007' })
  conflictEntryCodes: string[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each school must be an id from the school search' })
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

export class JudgeSchoolsQueryDto {
  @ApiProperty({ minLength: SCHOOL_SEARCH_MIN_CHARS, maxLength: 100, description: `part of the name, at least ${SCHOOL_SEARCH_MIN_CHARS} characters` })
  @IsString()
  @Length(SCHOOL_SEARCH_MIN_CHARS, 100, { message: `q must be ${SCHOOL_SEARCH_MIN_CHARS} to 100 characters` })
  q: string;
}

/** What the judge declared for a round. Nothing in it depends on which entries or schools are in the round. */
export class DeclarationDto {
  @ApiProperty({ type: [String] })
  languages: string[];
  @ApiProperty({ type: [String], description: 'as the judge typed them' })
  conflictEntryCodes: string[];
  @ApiProperty({ type: [SchoolDto], description: 'the schools the judge declared a link with' })
  conflictSchools: SchoolDto[];
  @ApiProperty({ type: [String] })
  conflictCountryCodes: string[];
  @ApiProperty()
  note: string;
  @ApiProperty({ type: String, nullable: true })
  declaredAt: string | null;
  @ApiProperty({ type: [String], description: "the competition's participating countries, to declare links with" })
  countries: string[];
}
