/** Subtitle files (WebVTT and SRT) as students make them: read, checked against the video, and written as WebVTT. */

export interface Cue {
  /** seconds */
  start: number;
  end: number;
  /** lines joined with "\n" */
  text: string;
}

export type SubtitleFormat = 'vtt' | 'srt';

export type SubtitleParseProblem = { code: 'not_subtitles' | 'bad_timing' | 'end_before_start' | 'empty'; line: number };
export type SubtitleRangeProblem = { code: 'cue_after_end'; cue: number; line?: undefined; endSeconds: number; durationSeconds: number };
export type SubtitleProblem = SubtitleParseProblem | SubtitleRangeProblem;

export type ParsedSubtitles = { ok: true; format: SubtitleFormat; cues: Cue[] } | { ok: false; problems: SubtitleParseProblem[] };

/** How far past the video's end a cue may run before it counts as a mistake. */
export const CUE_END_SLACK_SECONDS = 0.5;

// hours optional; SRT uses a comma before the milliseconds, WebVTT a dot; we accept either in both
const TIMESTAMP = String.raw`(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})`;
const TIMING_LINE = new RegExp(String.raw`^\s*${TIMESTAMP}\s*-->\s*${TIMESTAMP}(?:\s.*)?$`);

function seconds(h: string | undefined, m: string, s: string, ms: string): number | null {
  const minutes = Number(m);
  const secs = Number(s);
  if (minutes > 59 || secs > 59) return null;
  return Number(h ?? 0) * 3600 + minutes * 60 + secs + Number(ms.padEnd(3, '0')) / 1000;
}

/** Reads a timing line: null when it is not one at all, 'bad' when it tries to be one but is malformed. */
function parseTiming(line: string): { start: number; end: number } | 'bad' | null {
  if (!line.includes('-->')) return null;
  const m = TIMING_LINE.exec(line);
  if (!m) return 'bad';
  const start = seconds(m[1], m[2], m[3], m[4]);
  const end = seconds(m[5], m[6], m[7], m[8]);
  if (start === null || end === null) return 'bad';
  return { start, end };
}

interface Block {
  firstLine: number; // 1-based
  lines: string[];
}

function blocks(lines: string[]): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { firstLine: i + 1, lines: [] };
      out.push(current);
    }
    current.lines.push(line);
  });
  return out;
}

/** Parses WebVTT or SRT text. Tolerates a byte-order mark, CRLF line ends and a missing final newline. */
export function parseSubtitles(input: string): ParsedSubtitles {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const isVtt = /^WEBVTT(?:[ \t]|$)/.test(lines[0]);
  const all = blocks(lines);
  const problems: SubtitleParseProblem[] = [];
  const cues: Cue[] = [];

  if (!isVtt) {
    // SRT: the first block must look like a cue (number line then timing line, or a timing line)
    const first = all[0];
    const looksLikeSrt =
      first &&
      (parseTiming(first.lines[0]) !== null || (/^\d+$/.test(first.lines[0].trim()) && first.lines.length > 1 && parseTiming(first.lines[1]) !== null));
    if (!looksLikeSrt) return { ok: false, problems: [{ code: all.length === 0 ? 'empty' : 'not_subtitles', line: first?.firstLine ?? 1 }] };
  }

  for (const [index, block] of all.entries()) {
    if (isVtt && index === 0) continue; // the WEBVTT header block
    if (isVtt && /^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block.lines[0])) continue;
    // the timing line is the first or, after an identifier / cue number, the second
    let timingAt = 0;
    let timing = parseTiming(block.lines[0]);
    if (timing === null && block.lines.length > 1) {
      timingAt = 1;
      timing = parseTiming(block.lines[1]);
    }
    const line = block.firstLine + timingAt;
    if (timing === null || timing === 'bad') {
      problems.push({ code: 'bad_timing', line: timing === null ? block.firstLine : line });
      continue;
    }
    if (timing.end <= timing.start) {
      problems.push({ code: 'end_before_start', line });
      continue;
    }
    const cueText = block.lines
      .slice(timingAt + 1)
      .join('\n')
      .trim();
    if (cueText) cues.push({ start: timing.start, end: timing.end, text: cueText });
  }

  if (problems.length) return { ok: false, problems };
  if (cues.length === 0) return { ok: false, problems: [{ code: 'empty', line: 1 }] };
  return { ok: true, format: isVtt ? 'vtt' : 'srt', cues };
}

function vttTimestamp(totalSeconds: number): string {
  const ms = Math.max(0, Math.round(totalSeconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** Writes cues as a WebVTT file (what browsers play), numbered from 1. */
export function toWebVtt(cues: Cue[]): string {
  const body = cues.map((cue, i) => {
    // a cue ends at a blank line and may not contain "-->": keep the text inside its cue
    const text = cue.text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .join('\n')
      .replace(/-->/g, '--&gt;');
    return `${i + 1}\n${vttTimestamp(cue.start)} --> ${vttTimestamp(cue.end)}\n${text}\n`;
  });
  return ['WEBVTT\n', ...body].join('\n');
}

/** Cues that run past the end of the video (beyond a little slack). `cue` is 1-based. */
export function checkCuesWithin(cues: Cue[], durationSeconds: number): SubtitleRangeProblem[] {
  const problems: SubtitleRangeProblem[] = [];
  cues.forEach((cue, i) => {
    if (cue.end > durationSeconds + CUE_END_SLACK_SECONDS) problems.push({ code: 'cue_after_end', cue: i + 1, endSeconds: cue.end, durationSeconds });
  });
  return problems;
}
