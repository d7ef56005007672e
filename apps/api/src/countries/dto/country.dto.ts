import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
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

export class SchoolsQueryDto {
  @ApiProperty({ example: 'TH' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as TH' })
  country: string;

  @ApiPropertyOptional({ description: 'part of the name' })
  @IsOptional()
  @Matches(/^[^%_]{0,100}$/, { message: 'q must be at most 100 characters, without % or _' })
  q?: string;
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
  @ApiProperty({ enum: ['draft', 'published', 'archived'] })
  status: string;
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
