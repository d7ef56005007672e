import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { VIDEO_PROBLEM_CODES, type VideoProblem, type VideoProblemCode } from '@clapper/domain/video-rules';

/** What a browser may declare for an upload. The bytes are sniffed again once they are stored. */
export const VIDEO_CONTENT_TYPES = ['video/mp4', 'video/quicktime', 'video/webm', 'video/x-matroska'] as const;
export const MAX_PARTS = 10_000;

export class StartUploadDto {
  @ApiProperty({ description: "the file's name on the student's device; shown back to them only" })
  @IsString()
  @Length(1, 1000)
  fileName: string;

  @ApiProperty({ description: 'the exact size in bytes; an empty file (0) is refused with videos.empty_file' })
  @IsInt({ message: 'sizeBytes must be a whole number' })
  @Min(0, { message: 'sizeBytes cannot be negative' })
  sizeBytes: number;

  @ApiProperty({ enum: VIDEO_CONTENT_TYPES })
  @IsString()
  contentType: string;
}

export class UploadStartedDto {
  @ApiProperty()
  assetId: string;
  @ApiProperty()
  uploadId: string;
  @ApiProperty()
  key: string;
  @ApiProperty({ description: 'every part but the last has exactly this many bytes' })
  partSize: number;
  @ApiProperty()
  partCount: number;
}

export class PartNumbersDto {
  @ApiProperty({ type: [Number], description: '1 to 10000, at most 100 per call' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_PARTS, { each: true })
  partNumbers: number[];
}

export class PartUrlDto {
  @ApiProperty()
  partNumber: number;
  @ApiProperty({
    description:
      "PUT the part here, exactly its bytes (partSize; the last part the rest): the URL signs that Content-Length. The ETag response header is the part's etag",
  })
  url: string;
}

export class PartUrlsDto {
  @ApiProperty({ type: [PartUrlDto] })
  parts: PartUrlDto[];
  @ApiProperty()
  expiresAt: string;
}

export class UploadedPartDto {
  @ApiProperty()
  partNumber: number;
  @ApiProperty()
  etag: string;
  @ApiProperty()
  size: number;
}

export class UploadedPartsDto {
  @ApiProperty({ type: [UploadedPartDto] })
  parts: UploadedPartDto[];
}

export class CompletedPartDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_PARTS)
  partNumber: number;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  etag: string;
}

export class CompleteUploadDto {
  @ApiProperty({ type: [CompletedPartDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PARTS)
  @ValidateNested({ each: true })
  @Type(() => CompletedPartDto)
  parts: CompletedPartDto[];
}

export const VIDEO_STATUSES = ['none', 'uploading', 'uploaded', 'processing', 'ready', 'rejected'] as const;

export class VideoProblemDto {
  @ApiProperty({ enum: VIDEO_PROBLEM_CODES, enumName: 'VideoProblemCode', description: 'the web words it as video.problems.<code> with the params' })
  code: VideoProblemCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'array', items: { type: 'string' } }] },
    description:
      'its facts: seconds, min, max (seconds for too_short/too_long, bytes for file_too_large, pixels for the resolutions), bytes, width, height, codec, container, accepted (a list), detected',
  })
  params: VideoProblem['params'];
  @ApiProperty({ description: 'what to do about it, in English for API users and logs; the web never shows it' })
  message: string;
  @ApiProperty({ description: 'false for warnings the team may go on with' })
  blocking: boolean;
}

export class RungDto {
  @ApiProperty({ description: "what a quality menu shows: the picture's short side and a 'p', e.g. 360p" })
  name: string;
  @ApiProperty()
  width: number;
  @ApiProperty()
  height: number;
}

export class PreviewsDto {
  @ApiProperty({ description: 'presigned GET of the sprite: the thumbnails in a grid, left to right, top to bottom' })
  spriteUrl: string;
  @ApiProperty({ description: 'a thumbnail every this many seconds' })
  every: number;
  @ApiProperty()
  columns: number;
  @ApiProperty()
  count: number;
  @ApiProperty({ description: "each thumbnail's width in the sprite" })
  width: number;
  @ApiProperty()
  height: number;
}

export class HlsPlaybackDto {
  @ApiProperty({ description: "the signed URL of the adaptive ladder's master playlist (same site); it works until expiresAt" })
  url: string;
  @ApiProperty({ type: [RungDto], description: 'smallest first' })
  rungs: RungDto[];
  @ApiProperty({ type: PreviewsDto, nullable: true, description: 'the seeking previews' })
  previews: PreviewsDto | null;
}

export class PlaybackDto {
  @ApiProperty({ description: 'presigned GET of the web rendition; Range requests work' })
  url: string;
  @ApiProperty({ type: String, nullable: true })
  posterUrl: string | null;
  @ApiProperty()
  expiresAt: string;
  @ApiProperty({ type: HlsPlaybackDto, nullable: true, description: 'the adaptive ladder; null until it is made (the web rendition plays meanwhile)' })
  hls: HlsPlaybackDto | null;
}

export class VideoStatusDto {
  @ApiProperty({ type: String, nullable: true })
  assetId: string | null;
  @ApiProperty({ enum: VIDEO_STATUSES })
  status: (typeof VIDEO_STATUSES)[number];
  @ApiProperty({ description: 'processing progress, 0..1' })
  progress: number;
  @ApiProperty({ type: [VideoProblemDto] })
  problems: VideoProblemDto[];
  @ApiProperty({ type: String, nullable: true })
  fileName: string | null;
  @ApiProperty({ type: Number, nullable: true })
  sizeBytes: number | null;
  @ApiProperty({ type: Number, nullable: true })
  durationSeconds: number | null;
  @ApiProperty({ type: Number, nullable: true })
  width: number | null;
  @ApiProperty({ type: Number, nullable: true })
  height: number | null;
  @ApiProperty({ type: PlaybackDto, nullable: true })
  playback: PlaybackDto | null;
}

export class FileUploadDto {
  @ApiProperty({ type: 'string', format: 'binary' })
  file: unknown;
}

export const contentTypeAllowed = (t: string) => (VIDEO_CONTENT_TYPES as readonly string[]).includes(t.toLowerCase().split(';')[0].trim());
