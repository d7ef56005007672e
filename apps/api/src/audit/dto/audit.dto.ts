import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class AuditQueryDto {
  @ApiPropertyOptional({ example: 'scorecard' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  subjectType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  subjectId?: string;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class AuditEventDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  at: string;
  @ApiProperty({ type: String, nullable: true })
  actorId: string | null;
  @ApiProperty({ type: String, nullable: true })
  actorName: string | null;
  @ApiProperty()
  action: string;
  @ApiProperty()
  subjectType: string;
  @ApiProperty()
  subjectId: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  before: object | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  after: object | null;
}
