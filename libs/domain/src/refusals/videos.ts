import type { Problem } from '../refusals.js';

/** Refusals of the videos domain. Each value is `videos.<name>`; the web translates it under `refusals.videos.<name>`. */
export enum VideosReason {
  /** the bytes are not a video we can open (`detected`: what they look like, e.g. 'png', 'unknown') */
  NotAVideo = 'videos.not_a_video',
  /** larger than the limit (`maxBytes`) of the competition, or of a subtitle file */
  FileTooLarge = 'videos.file_too_large',
  EmptyFile = 'videos.empty_file',
  /** a content type that is not a video's: `accepted` lists the ones taken */
  NotVideoType = 'videos.not_video_type',
  /** the file name is empty once cleaned */
  FileNameEmpty = 'videos.file_name_empty',
  /** the body is not multipart/form-data with the file in `field` */
  NotMultipart = 'videos.not_multipart',
  OneFileOnly = 'videos.one_file_only',
  TooManyOpenUploads = 'videos.too_many_open_uploads',
  /** the upload was completed, cancelled or replaced */
  UploadFinished = 'videos.upload_finished',
  /** the upload expired or was cancelled in storage */
  UploadExpired = 'videos.upload_expired',
  /** part numbers beyond the upload's `partCount` */
  NoSuchParts = 'videos.no_such_parts',
  /** parts missing, cut off or not matching what was uploaded */
  PartsMissing = 'videos.parts_missing',
  /** the parts add up to `total` bytes, not the file's `expected` */
  SizeMismatch = 'videos.size_mismatch',
  /** the subtitle file was refused: `problems` lists each (the subtitle reasons below) */
  SubtitlesRefused = 'videos.subtitles_refused',
  SubtitlesNotSubtitles = 'videos.subtitles_not_subtitles',
  SubtitlesEmpty = 'videos.subtitles_empty',
  SubtitlesBadTiming = 'videos.subtitles_bad_timing',
  SubtitlesEndBeforeStart = 'videos.subtitles_end_before_start',
  SubtitlesCueAfterEnd = 'videos.subtitles_cue_after_end',
}

/** The reasons a subtitle check can list (`videos.subtitles_refused`'s `problems`). */
export type SubtitleReason =
  | VideosReason.SubtitlesNotSubtitles
  | VideosReason.SubtitlesEmpty
  | VideosReason.SubtitlesBadTiming
  | VideosReason.SubtitlesEndBeforeStart
  | VideosReason.SubtitlesCueAfterEnd;

type None = Record<string, never>;

/** The facts each refusal carries, for the message in the reader's language. */
export interface VideosReasonParams {
  [VideosReason.NotAVideo]: { detected: string };
  [VideosReason.FileTooLarge]: { maxBytes: number };
  [VideosReason.EmptyFile]: None;
  [VideosReason.NotVideoType]: { accepted: string[] };
  [VideosReason.FileNameEmpty]: None;
  [VideosReason.NotMultipart]: { field: string };
  [VideosReason.OneFileOnly]: { field: string };
  [VideosReason.TooManyOpenUploads]: { limit: number };
  [VideosReason.UploadFinished]: None;
  [VideosReason.UploadExpired]: None;
  [VideosReason.NoSuchParts]: { partCount: number; parts: number[] };
  [VideosReason.PartsMissing]: { parts: number[] };
  [VideosReason.SizeMismatch]: { total: number; expected: number };
  [VideosReason.SubtitlesRefused]: { problems: Problem<SubtitleReason>[] };
  /** `line`: 1-based line of the file */
  [VideosReason.SubtitlesNotSubtitles]: { line: number };
  [VideosReason.SubtitlesEmpty]: { line: number };
  [VideosReason.SubtitlesBadTiming]: { line: number };
  [VideosReason.SubtitlesEndBeforeStart]: { line: number };
  /** `cue`: 1-based number of the subtitle; its end and the video's length in seconds */
  [VideosReason.SubtitlesCueAfterEnd]: { cue: number; endSeconds: number; durationSeconds: number };
}
