import { checkCuesWithin, parseSubtitles, toWebVtt, type Cue } from './subtitles.js';

const SRT = `1
00:00:01,000 --> 00:00:04,500
Never share your password.

2
00:00:05,250 --> 00:00:08,000
Not even with a friend.
Really.
`;

describe('parseSubtitles', () => {
  it('reads SRT with commas in the timestamps and multi-line cues', () => {
    expect(parseSubtitles(SRT)).toEqual({
      ok: true,
      format: 'srt',
      cues: [
        { start: 1, end: 4.5, text: 'Never share your password.' },
        { start: 5.25, end: 8, text: 'Not even with a friend.\nReally.' },
      ],
    });
  });

  it('tolerates a BOM, CRLF line ends and no final newline', () => {
    const messy = '\uFEFF' + SRT.trimEnd().replace(/\n/g, '\r\n');
    const parsed = parseSubtitles(messy);
    expect(parsed.ok && parsed.cues).toEqual([
      { start: 1, end: 4.5, text: 'Never share your password.' },
      { start: 5.25, end: 8, text: 'Not even with a friend.\nReally.' },
    ]);
  });

  it('reads WebVTT with hours optional, identifiers, settings and NOTE blocks', () => {
    const vtt = 'WEBVTT - Clapper\n\nNOTE written by hand\n\nintro\n00:01.000 --> 00:02.000 align:start\nHello\n\n01:00:00.000 --> 01:00:01.5\nLate\n';
    expect(parseSubtitles(vtt)).toEqual({
      ok: true,
      format: 'vtt',
      cues: [
        { start: 1, end: 2, text: 'Hello' },
        { start: 3600, end: 3601.5, text: 'Late' },
      ],
    });
  });

  it('points at the line of a broken timing and of an end before its start', () => {
    const bad =
      '1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:03,000 -> 00:00:04,000\nbroken arrow\n\n3\n00:00:09,000 --> 00:00:05,000\nbackwards\n\n4\n00:00:10,000 --> 00:00:10,000\nzero length\n';
    expect(parseSubtitles(bad)).toEqual({
      ok: false,
      problems: [
        { code: 'bad_timing', line: 5 },
        { code: 'end_before_start', line: 10 },
        { code: 'end_before_start', line: 14 },
      ],
    });
  });

  it('flags impossible clock values as bad timing', () => {
    expect(parseSubtitles('WEBVTT\n\n00:00:61.000 --> 00:01:00.000\nx\n')).toEqual({ ok: false, problems: [{ code: 'bad_timing', line: 3 }] });
  });

  it('says not_subtitles for other text and empty for nothing', () => {
    expect(parseSubtitles('Dear judges,\nplease enjoy our video.\n')).toEqual({ ok: false, problems: [{ code: 'not_subtitles', line: 1 }] });
    expect(parseSubtitles('')).toEqual({ ok: false, problems: [{ code: 'empty', line: 1 }] });
    expect(parseSubtitles('\uFEFF\r\n\r\n')).toEqual({ ok: false, problems: [{ code: 'empty', line: 1 }] });
    expect(parseSubtitles('WEBVTT\n\nNOTE nothing yet\n')).toEqual({ ok: false, problems: [{ code: 'empty', line: 1 }] });
  });
});

describe('toWebVtt', () => {
  it('writes a file that parses back to the same cues', () => {
    const cues: Cue[] = [
      { start: 0.5, end: 2, text: 'Hi' },
      { start: 3723.004, end: 3725, text: 'two\nlines' },
    ];
    const vtt = toWebVtt(cues);
    expect(vtt).toBe('WEBVTT\n\n1\n00:00:00.500 --> 00:00:02.000\nHi\n\n2\n01:02:03.004 --> 01:02:05.000\ntwo\nlines\n');
    expect(parseSubtitles(vtt)).toEqual({ ok: true, format: 'vtt', cues });
  });

  it('keeps odd text inside its cue', () => {
    const vtt = toWebVtt([{ start: 0, end: 1, text: 'a --> b\n\nc' }]);
    expect(vtt).toContain('a --&gt; b\nc\n');
    const parsed = parseSubtitles(vtt);
    expect(parsed.ok && parsed.cues.length).toBe(1);
  });

  it('converts SRT to WebVTT', () => {
    const parsed = parseSubtitles(SRT);
    if (!parsed.ok) throw new Error('expected SRT to parse');
    expect(toWebVtt(parsed.cues)).toContain('00:00:05.250 --> 00:00:08.000\nNot even with a friend.\nReally.');
  });
});

describe('checkCuesWithin', () => {
  const cues: Cue[] = [
    { start: 0, end: 5, text: 'a' },
    { start: 5, end: 10.4, text: 'b' },
    { start: 10, end: 10.6, text: 'c' },
    { start: 30, end: 32, text: 'd' },
  ];
  it('allows half a second of slack past the end', () => {
    expect(checkCuesWithin(cues, 10)).toEqual([
      { code: 'cue_after_end', cue: 3, endSeconds: 10.6, durationSeconds: 10 },
      { code: 'cue_after_end', cue: 4, endSeconds: 32, durationSeconds: 10 },
    ]);
    expect(checkCuesWithin(cues, 40)).toEqual([]);
  });
});
