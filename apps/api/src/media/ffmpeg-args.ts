// The ffmpeg command lines of the media toolkit's outputs, as pure functions (the benchmark runs the same ones).
import { WEB_RENDITION, type TestClipSpec } from './media-toolkit.js';

/** ffmpeg muxers of the containers we accept; others are guessed from the output's extension */
const MUXERS: Record<string, string> = { mp4: 'mp4', mov: 'mov', webm: 'webm', mkv: 'matroska' };

/** No subtitle or data streams (GPS telemetry, timecode), no global or per-stream tags, no chapters. */
const DROP_EXTRAS = ['-sn', '-dn', '-map_metadata', '-1', '-map_metadata:s', '-1', '-map_chapters', '-1'];

/** The arguments of the web rendition encode, shared with the benchmark so both run the same thing. */
export function webRenditionArgs(
  input: string,
  output: string,
  size: { width: number; height: number },
  fps: { fpsMax: boolean; inputFrameRate?: number | null } = { fpsMax: true },
): string[] {
  const filters = [`scale=${size.width}:${size.height}`, 'setsar=1'];
  const rateArgs: string[] = [];
  if (fps.fpsMax) rateArgs.push('-fpsmax', String(WEB_RENDITION.maxFrameRate));
  else if ((fps.inputFrameRate ?? 0) > WEB_RENDITION.maxFrameRate) filters.push(`fps=${WEB_RENDITION.maxFrameRate}`);
  return [
    '-i',
    input,
    // first picture and first sound only; no subtitles, data streams, chapters or metadata of any kind
    '-map',
    '0:v:0',
    '-map',
    '0:a:0?',
    ...DROP_EXTRAS,
    // ffmpeg turns the picture upright (autorotate) before this filter, and writes no rotation into the output
    '-vf',
    filters.join(','),
    ...rateArgs,
    ...WEB_RENDITION.video,
    ...WEB_RENDITION.audio,
    '-fflags',
    '+bitexact',
    '-flags:v',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    ...WEB_RENDITION.muxer,
    output,
  ];
}

/** The arguments of a metadata-stripping copy (see MediaToolkit.stripMetadata). */
export function stripMetadataArgs(input: string, output: string, container: string | null = null): string[] {
  const muxer = container ? MUXERS[container] : undefined;
  return [
    '-i',
    input,
    // pictures that are not cover art, and sound; no subtitle, data (GPS telemetry, timecode) or attachment streams
    '-map',
    '0:V',
    '-map',
    '0:a?',
    // no subtitle or data streams, no global or per-stream tags, no chapters
    ...DROP_EXTRAS,
    '-c',
    'copy',
    // no encoder names or version strings written by the muxer
    '-fflags',
    '+bitexact',
    '-flags:v',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    ...(muxer ? ['-f', muxer] : []),
    output,
  ];
}

/**
 * The arguments of a placeholder clip made from ffmpeg's own sources (see MediaToolkit.testClip): the test pattern,
 * tinted, and a tone; small and quick to encode, one thread so that several can run side by side.
 */
export function testClipArgs(spec: TestClipSpec, output: string): string[] {
  const { width, height, seconds, frameRate, hue, toneHz } = spec;
  return [
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=${width}x${height}:rate=${frameRate}:duration=${seconds}`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=${toneHz}:sample_rate=22050:duration=${seconds}`,
    '-vf',
    `hue=h=${hue}`,
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-crf',
    '32',
    '-threads',
    '1',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    '32k',
    '-ac',
    '1',
    '-movflags',
    '+faststart',
    '-shortest',
    '-f',
    'mp4',
    output,
  ];
}
