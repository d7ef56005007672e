import { ApiProperty } from '@nestjs/swagger';

export class SubtitleDto {
  @ApiProperty({ example: 'pt-BR' })
  language: string;
  @ApiProperty()
  cueCount: number;
  @ApiProperty({ description: 'presigned GET of the WebVTT file, for a <track> element' })
  url: string;
  @ApiProperty()
  expiresAt: string;
  @ApiProperty()
  updatedAt: string;
}

export class SubtitleListDto {
  @ApiProperty({ type: [SubtitleDto] })
  items: SubtitleDto[];
}
