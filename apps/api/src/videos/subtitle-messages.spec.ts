import { subtitleProblemMessage } from './subtitle-messages.js';

describe('subtitleProblemMessage', () => {
  it('explains each problem with the line or cue to fix', () => {
    expect(subtitleProblemMessage({ code: 'cue_after_end', cue: 4, endSeconds: 92, durationSeconds: 75.3 })).toBe(
      'Subtitle number 4 ends at 1:32, but your video is only 1:15 long. Fix its time or remove it and upload again.',
    );
    expect(subtitleProblemMessage({ code: 'bad_timing', line: 5 })).toContain('Line 5');
    expect(subtitleProblemMessage({ code: 'end_before_start', line: 9 })).toContain('line 9');
    expect(subtitleProblemMessage({ code: 'not_subtitles', line: 1 })).toMatch(/\.srt or \.vtt/);
    expect(subtitleProblemMessage({ code: 'empty', line: 1 })).toMatch(/no subtitles/);
  });
});
