// ffprobe's JSON report, read into the domain's ProbeSummary (what the video rules check).
import type { ProbeSummary } from '@clapper/domain/video-rules';

function parseRate(rate: unknown): number | null {
  if (typeof rate !== 'string') return null;
  const [num, den = '1'] = rate.split('/');
  const value = Number(num) / Number(den);
  return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) / 1000 : null;
}

function parseNumber(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
}

const ISO6709 = /^[+-]\d{1,3}(?:\.\d+)?[+-]\d{1,3}(?:\.\d+)?/;
const LOCATION_KEY = /location|gps|iso6709|xyz/i;

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  channels?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  nb_frames?: string;
  duration?: string;
  disposition?: { attached_pic?: number };
  tags?: Record<string, string>;
  side_data_list?: { rotation?: number }[];
}
export interface FfprobeOutput {
  format?: { format_name?: string; duration?: string; size?: string; tags?: Record<string, string> };
  streams?: FfprobeStream[];
}

/** Turns ffprobe's JSON into the domain's summary. `matroskaDocType` tells WebM from MKV (ffprobe names both the same). */
export function summarizeProbe(out: FfprobeOutput, matroskaDocType: 'webm' | 'mkv' | null): ProbeSummary {
  const format = out.format ?? {};
  const streams = out.streams ?? [];
  const formatName = format.format_name ?? 'unknown';
  let containerFormat = formatName.split(',')[0];
  if (formatName.startsWith('mov,mp4')) containerFormat = (format.tags?.major_brand ?? '').trim() === 'qt' ? 'mov' : 'mp4';
  else if (formatName.startsWith('matroska')) containerFormat = matroskaDocType ?? 'mkv';

  const v = streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  const a = streams.find((s) => s.codec_type === 'audio');

  let video: ProbeSummary['video'] = null;
  if (v && v.width && v.height) {
    const sideRotation = v.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation;
    const raw = sideRotation ?? parseNumber(v.tags?.rotate) ?? 0;
    const rotation = (((Math.round(raw / 90) * 90) % 360) + 360) % 360;
    const quarter = rotation === 90 || rotation === 270;
    video = {
      codec: v.codec_name ?? 'unknown',
      width: v.width,
      height: v.height,
      rotation,
      displayWidth: quarter ? v.height : v.width,
      displayHeight: quarter ? v.width : v.height,
      frameRate: parseRate(v.avg_frame_rate) ?? parseRate(v.r_frame_rate),
      frameCount: parseNumber(v.nb_frames),
    };
  }

  const tagSets = [format.tags ?? {}, ...streams.map((s) => s.tags ?? {})];
  const metadataTags = [...new Set(tagSets.flatMap((t) => Object.keys(t).map((k) => k.toLowerCase())))].sort();
  const hasLocationMetadata = tagSets.some((t) => Object.entries(t).some(([k, value]) => LOCATION_KEY.test(k) || ISO6709.test(String(value))));

  const duration = parseNumber(format.duration) ?? parseNumber(v?.duration) ?? parseNumber(a?.duration);
  return {
    containerFormat,
    durationSeconds: duration !== null && duration > 0 ? duration : null,
    sizeBytes: parseNumber(format.size),
    video,
    audio: a ? { codec: a.codec_name ?? 'unknown', channels: a.channels ?? 0 } : null,
    hasLocationMetadata,
    metadataTags,
  };
}
