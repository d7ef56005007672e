import type { TFunction } from '../../../lib/translator';
import type { VideoProblem } from '@clapper/domain/video-rules';

/**
 * A video problem in the reader's language with its facts (video.problems.<code>): lengths as durations, sizes as
 * file sizes, codecs and formats as their names. A length is rounded away from its limit, so a video just over
 * three minutes never reads "3 min long; the limit is 3 min".
 */
export function videoProblemText(t: TFunction, p: Pick<VideoProblem, 'code' | 'params'>): string {
  const params: Record<string, unknown> = { ...p.params };
  const seconds = typeof p.params.seconds === 'number' ? p.params.seconds : null;
  if (seconds !== null) params.seconds = p.code === 'too_long' ? Math.ceil(seconds - 1e-9) : Math.floor(seconds + 1e-9);
  // formats by their names (MP4, MOV), listed the reader's way
  if (Array.isArray(p.params.accepted)) params.accepted = p.params.accepted.map((x) => String(x).toUpperCase());
  return t(`video.problems.${p.code}`, params);
}
