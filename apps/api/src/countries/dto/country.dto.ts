import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches } from 'class-validator';
import { COMPETITION_STATUSES, type CompetitionStatus } from '@clapper/domain/competitions';
import { SCHOOL_SEARCH_MIN_CHARS } from '@clapper/domain/schools';
import { ApiLocalizedText, IsLocalizedText } from '../../common/localized-text.validator.js';

export class CountryDto {
  @ApiProperty({ example: 'TH' })
  code: string;
  @ApiLocalizedText({ example: { en: 'Thailand', ja: 'タイ', th: 'ประเทศไทย' } })
  names: Record<string, string>;
}

export class CreateCountryDto {
  @ApiProperty({ example: 'KR', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'code must be a two-letter country code such as KR' })
  code: string;

  @ApiLocalizedText({ example: { en: 'Republic of Korea', ja: '韓国' } })
  @IsLocalizedText({ requireEnglish: true, maxLength: 100 })
  names: Record<string, string>;
}

export class UpdateCountryDto {
  @ApiLocalizedText({ example: { en: 'Viet Nam', ja: 'ベトナム', vi: 'Việt Nam' } })
  @IsLocalizedText({ requireEnglish: true, maxLength: 100 })
  names: Record<string, string>;
}

export class SchoolDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty()
  countryCode: string;
}

/** A search of the school directory: at least three characters of a name, at most 20 names back, never the whole list. */
export class SchoolsQueryDto {
  @ApiPropertyOptional({ example: 'TH', description: 'only schools of this country; every country when left out' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as TH' })
  country?: string;

  @ApiProperty({ description: `part of the name: ${SCHOOL_SEARCH_MIN_CHARS} to 100 characters` })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value))
  @IsString({ message: 'q must be part of a school name, at least 3 characters' })
  @Matches(new RegExp(`^[^%_\\\\]{${SCHOOL_SEARCH_MIN_CHARS},100}$`, 'u'), {
    message: `q must be ${SCHOOL_SEARCH_MIN_CHARS} to 100 characters of a school name, without % _ or \\`,
  })
  q: string;
}

export class OverviewSchoolDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty()
  students: number;
  @ApiProperty()
  teachers: number;
}

export class OverviewCompetitionDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  slug: string;
  @ApiLocalizedText()
  name: Record<string, string>;
  @ApiProperty({ enum: COMPETITION_STATUSES })
  status: CompetitionStatus;
  @ApiProperty()
  submissionOpensAt: string;
  @ApiProperty()
  submissionClosesAt: string;
}

export class CountryOverviewDto {
  @ApiProperty({ type: CountryDto })
  country: CountryDto;
  @ApiProperty({ type: [OverviewCompetitionDto] })
  competitions: OverviewCompetitionDto[];
  @ApiProperty({ type: [OverviewSchoolDto] })
  schools: OverviewSchoolDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { student: 12, teacher: 3, judge: 4, coordinator: 1 } })
  accountsByRole: Record<string, number>;
}
