import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { RoundDto } from './round.dto.js';

export class RoundTemplateQueryDto {
  @ApiProperty()
  @IsUUID('all', { message: 'competitionId must be an id' })
  competitionId: string;
}

export class NationalTemplateDto {
  @ApiProperty()
  @IsUUID('all', { message: 'competitionId must be an id' })
  competitionId: string;
}

export class FinalTemplateDto {
  @ApiProperty()
  @IsUUID('all', { message: 'competitionId must be an id' })
  competitionId: string;

  @ApiPropertyOptional({ default: 3, minimum: 1, maximum: 100, description: 'how many entries each country may send to the final' })
  @IsOptional()
  @IsInt({ message: 'countryQuota must be a whole number' })
  @Min(1)
  @Max(100)
  countryQuota?: number;
}

export class NationalPreviewDto {
  @ApiProperty({ type: [String], description: 'the countries that would get a national round, by code' })
  create: string[];
  @ApiProperty({ type: [String], description: 'the countries that have their national round already' })
  existing: string[];
  @ApiProperty({ type: [String], description: 'participating countries with no coordinator yet: invite one to run their round' })
  withoutCoordinator: string[];
  @ApiProperty()
  opensAt: string;
  @ApiProperty()
  closesAt: string;
  @ApiProperty()
  judgesPerEntry: number;
  @ApiProperty()
  blind: boolean;
  @ApiProperty({ description: "the rubric is the competition's latest round's (else the default awareness-video rubric)" })
  rubricCopied: boolean;
  @ApiProperty({ description: 'how many criteria the rubric has' })
  criteria: number;
}

export class FinalPreviewDto {
  @ApiProperty({ description: 'false when the competition has its final already' })
  available: boolean;
  @ApiProperty()
  opensAt: string;
  @ApiProperty()
  closesAt: string;
  @ApiProperty()
  countryQuota: number;
  @ApiProperty()
  judgesPerEntry: number;
  @ApiProperty()
  blind: boolean;
  @ApiProperty()
  rubricCopied: boolean;
  @ApiProperty()
  criteria: number;
  @ApiProperty({ description: 'participating countries, each sending up to countryQuota entries' })
  countries: number;
}

export class RoundTemplatesPreviewDto {
  @ApiProperty({ type: NationalPreviewDto })
  national: NationalPreviewDto;
  @ApiProperty({ type: FinalPreviewDto })
  final: FinalPreviewDto;
}

export class NationalTemplateResultDto {
  @ApiProperty({ type: [RoundDto], description: 'the national rounds created now (none when each country had its round)' })
  created: RoundDto[];
  @ApiProperty({ type: [String], description: 'the countries that had their national round already' })
  existing: string[];
  @ApiProperty({ type: [String], description: 'participating countries with no coordinator yet: invite one to run their round' })
  withoutCoordinator: string[];
}
