import type { VideoProblem } from '@clapper/domain/video-rules';

// English for API users and logs only: the web words each problem from its code and params in the reader's language.

/** "3 min 40 s", "45 s", "2 min", in whole seconds, rounded down unless asked to round up. */
export function formatDuration(seconds: number, round: 'down' | 'up' = 'down'): string {
  const total = Math.max(0, round === 'up' ? Math.ceil(seconds - 1e-9) : Math.floor(seconds + 1e-9));
  const min = Math.floor(total / 60);
  const s = total % 60;
  if (min === 0) return `${s} s`;
  return s === 0 ? `${min} min` : `${min} min ${s} s`;
}

function formatBytes(bytes: number): string {
  const gib = bytes / 1024 ** 3;
  if (gib >= 1) return `${Number(gib.toFixed(1))} GB`;
  return `${Math.ceil(bytes / 1024 ** 2)} MB`;
}

/** One sentence (or two) a 14-year-old can act on. */
export function problemMessage(p: VideoProblem): string {
  const n = (key: string) => Number(p.params[key]);
  const s = (key: string) => String(p.params[key]);
  const list = (key: string) => [p.params[key] ?? []].flat().join(', ');
  switch (p.code) {
    case 'not_a_video':
      return 'This file is not a video we can open. Export your video as an MP4 file and upload that.';
    case 'no_video_stream':
      return 'This file has sound but no picture. Upload the video itself, not just its soundtrack.';
    case 'still_image':
      return 'This file is a single picture, not a video. Export your project as a video (MP4) and upload that.';
    case 'unreadable_duration':
      return 'We cannot tell how long your video is, so the file may be damaged. Export it again and upload the new file.';
    // lengths round away from the limit, so 180.4 s never reads "3 min long; the limit is 3 min"
    case 'too_short':
      return `Your video is ${formatDuration(n('seconds'), 'down')} long; it must be at least ${formatDuration(n('min'), 'up')}. Make it longer and upload again.`;
    case 'too_long':
      return `Your video is ${formatDuration(n('seconds'), 'up')} long; the limit is ${formatDuration(n('max'))}. Trim it and upload again.`;
    case 'file_too_large':
      return `Your file is ${formatBytes(n('bytes'))}; the limit is ${formatBytes(n('max'))}. Export it again at a lower quality or resolution (1080p is plenty) and upload again.`;
    case 'resolution_too_low':
      return `Your video is only ${n('width')}×${n('height')} pixels; it must be at least ${n('min')} pixels on its shorter side. Export it at 720p or 1080p and upload again.`;
    case 'resolution_too_high':
      return `Your video is ${n('width')}×${n('height')} pixels; the most we accept is ${n('max')} pixels on its longer side. Export it at 1080p or 4K and upload again.`;
    case 'unsupported_codec':
      return `Your video is encoded as ${s('codec').toUpperCase()}, which we cannot play. Export it again as H.264 (MP4) and upload that.`;
    case 'container_not_accepted':
      return `This competition does not accept ${s('container').toUpperCase()} files; it accepts ${list('accepted').toUpperCase()}. Export your video as MP4 and upload again.`;
    case 'no_audio':
      return 'Your video has no sound. If that is what you meant, you can go on; if not, check that the sound was included when you exported it.';
    case 'damaged':
      return 'Part of this video file is damaged, so we cannot convert it. Export the video again from your editing app and upload the new file.';
    case 'processing_failed':
      return 'We could not finish processing your video. Upload it again; if the same thing happens, export it again as an MP4 (H.264) file and upload that.';
  }
}
