import { checkVideo, type ProbeSummary, type VideoProblem } from '@clapper/domain/video-rules';
import type { EntryRules } from '@clapper/domain/entry-rules';

/** The competition's rules a file can be held to before it is sent. */
export type UploadRules = Pick<EntryRules, 'minDurationSeconds' | 'maxDurationSeconds' | 'maxFileSizeBytes' | 'acceptedContainers' | 'acceptedVideoCodecs'>;

/** What this browser read of a chosen file; null where it could not tell. */
export interface FileFacts {
  /** 'mp4', 'mov', 'webm', 'mkv', or the file's own extension for anything else ('avi') */
  container: string | null;
  sizeBytes: number;
  durationSeconds: number | null;
  /** as shown (a phone's portrait video is taller than wide) */
  width: number | null;
  height: number | null;
}

const BY_TYPE: Record<string, string> = { 'video/mp4': 'mp4', 'video/quicktime': 'mov', 'video/webm': 'webm', 'video/x-matroska': 'mkv' };
const BY_EXTENSION: Record<string, string> = { mp4: 'mp4', m4v: 'mp4', mov: 'mov', qt: 'mov', webm: 'webm', mkv: 'mkv' };
/** What the file input offers for each container the competition accepts (extensions, and types for phones' pickers). */
const ACCEPT: Record<string, string[]> = {
  mp4: ['.mp4', '.m4v', 'video/mp4'],
  mov: ['.mov', 'video/quicktime'],
  webm: ['.webm', 'video/webm'],
  mkv: ['.mkv', 'video/x-matroska'],
};

/** The file's container as the server names it, from its extension or, failing that, its type. */
export function containerOf(file: { name: string; type: string }): string | null {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(file.name)?.[1]?.toLowerCase();
  if (ext) return BY_EXTENSION[ext] ?? ext;
  return BY_TYPE[file.type] ?? null;
}

/** The file input's accept attribute for a competition's containers. */
export function acceptFor(containers: readonly string[]): string {
  return containers.flatMap((c) => ACCEPT[c] ?? [`.${c}`]).join(',');
}

/**
 * The duration and size of a video, read by a <video> element from its metadata (nothing is played or sent). null
 * when this browser cannot read it (a codec it does not decode, a damaged file) or takes longer than `timeoutMs`: the
 * server checks those files itself. `makeVideo` is for tests.
 */
export function readVideoMetadata(
  file: Blob,
  { timeoutMs = 6000, makeVideo = () => document.createElement('video') }: { timeoutMs?: number; makeVideo?: () => HTMLVideoElement } = {},
): Promise<{ durationSeconds: number | null; width: number | null; height: number | null } | null> {
  if (typeof URL.createObjectURL !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    const video = makeVideo();
    const url = URL.createObjectURL(file);
    const finish = (result: Awaited<ReturnType<typeof readVideoMetadata>>) => {
      clearTimeout(timer);
      video.removeAttribute('src');
      video.onloadedmetadata = null;
      video.onerror = null;
      URL.revokeObjectURL(url);
      resolve(result);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    video.onloadedmetadata = () => {
      const d = video.duration;
      finish({
        durationSeconds: Number.isFinite(d) && d > 0 ? d : null,
        width: video.videoWidth > 0 ? video.videoWidth : null,
        height: video.videoHeight > 0 ? video.videoHeight : null,
      });
    };
    video.onerror = () => finish(null);
    video.preload = 'metadata';
    video.muted = true;
    video.src = url;
  });
}

/** Everything the browser can tell about a file before sending it. */
export async function readFileFacts(file: File, read: typeof readVideoMetadata = readVideoMetadata): Promise<FileFacts> {
  const meta = await read(file);
  return {
    container: containerOf(file),
    sizeBytes: file.size,
    durationSeconds: meta?.durationSeconds ?? null,
    width: meta?.width ?? null,
    height: meta?.height ?? null,
  };
}

/**
 * The problems the browser can be sure of, by the server's own rules (checkVideo in the domain library): the
 * container, the length, the size and the picture size. Each needs its fact: what the browser could not read is
 * left to the server, never refused here. The codec and the sound are the server's to judge.
 */
export function preflightProblems(facts: FileFacts, rules: UploadRules): VideoProblem[] {
  const known = {
    container: facts.container !== null,
    duration: facts.durationSeconds !== null,
    picture: facts.width !== null && facts.height !== null,
  };
  const probe: ProbeSummary = {
    containerFormat: facts.container ?? rules.acceptedContainers[0] ?? 'mp4',
    durationSeconds: facts.durationSeconds ?? (rules.minDurationSeconds + rules.maxDurationSeconds) / 2,
    sizeBytes: facts.sizeBytes,
    video: {
      codec: rules.acceptedVideoCodecs[0] ?? 'h264',
      width: facts.width ?? 1920,
      height: facts.height ?? 1080,
      rotation: 0,
      displayWidth: facts.width ?? 1920,
      displayHeight: facts.height ?? 1080,
      frameRate: null,
      frameCount: null,
    },
    audio: { codec: 'aac', channels: 2 },
    hasLocationMetadata: false,
    metadataTags: [],
  };
  return checkVideo(probe, rules).filter((p) => {
    switch (p.code) {
      case 'container_not_accepted':
        return known.container;
      case 'too_short':
      case 'too_long':
        return known.duration;
      case 'resolution_too_low':
      case 'resolution_too_high':
        return known.picture;
      case 'file_too_large':
        return true;
      default:
        return false;
    }
  });
}
