import type { SubtitleProblem } from '@clapper/domain/subtitles';

// English for API users and logs only: the web words each problem from its reason and params in the reader's language.

const clock = (s: number) => {
  const total = Math.floor(s);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/** One sentence a 14-year-old can act on. */
export function subtitleProblemMessage(p: SubtitleProblem): string {
  switch (p.code) {
    case 'not_subtitles':
      return 'This file is not a subtitle file. Save your subtitles as .srt or .vtt and upload that.';
    case 'empty':
      return 'This subtitle file has no subtitles in it. Check that you saved the right file and upload again.';
    case 'bad_timing':
      return `Line ${p.line} should be a time like "00:00:01,000 --> 00:00:04,000" but is not. Fix that line and upload again.`;
    case 'end_before_start':
      return `On line ${p.line} the subtitle ends before (or when) it starts. Swap or fix the two times and upload again.`;
    case 'cue_after_end':
      return `Subtitle number ${p.cue} ends at ${clock(p.endSeconds)}, but your video is only ${clock(p.durationSeconds)} long. Fix its time or remove it and upload again.`;
  }
}
