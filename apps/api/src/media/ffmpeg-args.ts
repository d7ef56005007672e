// The ffmpeg command lines of the media toolkit's outputs, as pure functions (the benchmark runs the same ones).
import { HLS_SEGMENT_SECONDS, ladderAudio, SEGMENT_KEYFRAMES, type Rung } from '@clapper/domain/ladder';
import { WEB_RENDITION, type TestClipSpec } from './media-toolkit.js';

/** ffmpeg muxers of the containers we accept; others are guessed from the output's extension */
const MUXERS: Record<string, string> = { mp4: 'mp4', mov: 'mov', webm: 'webm', mkv: 'matroska' };

/** No encoder names or version strings written by the muxer or the encoders. */
const BITEXACT = ['-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact'];

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
    ...BITEXACT,
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
    ...BITEXACT,
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

/**
 * Where the ladder's files go in its folder: the master playlist, and a folder per rung and per sound track (named as
 * in ladderAudio) with its playlist, its initialisation segment (ffmpeg numbers it per stream: init_0.mp4…) and its
 * media segments.
 */
export const HLS_LAYOUT = { master: 'master.m3u8', playlist: 'index.m3u8', init: 'init.mp4', segment: 'seg_%05d.m4s' } as const;

/**
 * The arguments of the adaptive ladder's encode (issue 18): in one ffmpeg run, the picture split into each rung
 * (scaled, upright, at most 30 fps, H.264 at the rung's average bitrate with its peak and buffer), every rung given a
 * keyframe at each segment boundary and no other scene-cut keyframe, so that all rungs cut on the same frames; the
 * sound in the tracks of ladderAudio (AAC), each a group its rungs refer to; fMP4 segments of HLS_SEGMENT_SECONDS, a
 * playlist per rung and per sound track, and a master playlist. `outDir` must exist; ffmpeg makes the folders.
 */
export function hlsLadderArgs(input: string, outDir: string, rungs: readonly Rung[], o: { audioChannels: number | null }): string[] {
  const fps = WEB_RENDITION.maxFrameRate;
  const split = `[0:v]fps=fps='min(source_fps,${fps})',split=${rungs.length}${rungs.map((_, i) => `[s${i}]`).join('')}`;
  const scales = rungs.map((r, i) => `[s${i}]scale=${r.width}:${r.height},setsar=1[v${i}]`);
  const video = rungs.flatMap((r, i) => [
    '-map',
    `[v${i}]`,
    `-c:v:${i}`,
    'libx264',
    `-b:v:${i}`,
    `${r.videoKbps}k`,
    `-maxrate:v:${i}`,
    `${r.maxrateKbps}k`,
    `-bufsize:v:${i}`,
    `${r.bufsizeKbps}k`,
  ]);
  const { tracks, trackOf } = ladderAudio(rungs, o.audioChannels);
  const audio = tracks.flatMap((t, j) => ['-map', '0:a:0', `-c:a:${j}`, 'aac', `-b:a:${j}`, `${t.kbps}k`, `-ac:a:${j}`, String(t.channels)]);
  const group = (j: number) => `,agroup:${tracks[j].name}`;
  const streams = [
    ...rungs.map((r, i) => `v:${i}${tracks.length ? group(trackOf[i]) : ''},name:${r.name}`),
    ...tracks.map((t, j) => `a:${j}${group(j)},name:${t.name},default:yes`),
  ];
  return [
    '-i',
    input,
    ...DROP_EXTRAS,
    '-filter_complex',
    [split, ...scales].join(';'),
    ...video,
    '-preset',
    'veryfast',
    '-profile:v',
    'high',
    '-pix_fmt',
    'yuv420p',
    // a keyframe at every segment boundary (and where the first segment is split), in every rung, and none elsewhere:
    // the rungs switch cleanly
    '-force_key_frames',
    SEGMENT_KEYFRAMES,
    '-sc_threshold',
    '0',
    ...audio,
    ...(tracks.length ? ['-ar', '48000'] : []),
    ...BITEXACT,
    '-f',
    'hls',
    '-hls_time',
    String(HLS_SEGMENT_SECONDS),
    '-hls_playlist_type',
    'vod',
    '-hls_segment_type',
    'fmp4',
    '-hls_flags',
    'independent_segments',
    '-hls_fmp4_init_filename',
    HLS_LAYOUT.init,
    '-hls_segment_filename',
    `${outDir}/%v/${HLS_LAYOUT.segment}`,
    '-master_pl_name',
    HLS_LAYOUT.master,
    '-var_stream_map',
    streams.join(' '),
    `${outDir}/%v/${HLS_LAYOUT.playlist}`,
  ];
}
