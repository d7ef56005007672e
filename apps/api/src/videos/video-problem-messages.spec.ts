import type { VideoProblem } from '@clapper/domain/video-rules';
import { formatDuration, problemMessage } from './video-problem-messages.js';

describe('problemMessage', () => {
  it('gives the length and the limit in minutes and seconds', () => {
    expect(problemMessage({ code: 'too_long', params: { seconds: 220, max: 180 } })).toBe(
      'Your video is 3 min 40 s long; the limit is 3 min. Trim it and upload again.',
    );
    expect(problemMessage({ code: 'too_short', params: { seconds: 12.7, min: 30 } })).toBe(
      'Your video is 12 s long; it must be at least 30 s. Make it longer and upload again.',
    );
  });

  it('never says a video just over the limit is as long as the limit', () => {
    expect(problemMessage({ code: 'too_long', params: { seconds: 180.2, max: 180 } })).toContain('3 min 1 s long; the limit is 3 min');
    expect(problemMessage({ code: 'too_short', params: { seconds: 29.9, min: 30 } })).toContain('29 s long; it must be at least 30 s');
  });

  it('has a sentence for every code', () => {
    const all: VideoProblem[] = [
      { code: 'not_a_video', params: {} },
      { code: 'no_video_stream', params: {} },
      { code: 'still_image', params: {} },
      { code: 'unreadable_duration', params: {} },
      { code: 'file_too_large', params: { bytes: 3 * 1024 ** 3, max: 2 * 1024 ** 3 } },
      { code: 'resolution_too_low', params: { width: 320, height: 240, min: 360 } },
      { code: 'resolution_too_high', params: { width: 8192, height: 4320, max: 4096 } },
      { code: 'unsupported_codec', params: { codec: 'prores', accepted: ['h264'] } },
      { code: 'container_not_accepted', params: { container: 'avi', accepted: ['mp4', 'mov'] } },
      { code: 'no_audio', params: {} },
    ];
    for (const p of all) {
      const message = problemMessage(p);
      expect(message).toMatch(/^[A-Z].+\.$/);
      expect(message).not.toMatch(/undefined|NaN/);
    }
    expect(problemMessage(all[4])).toBe(
      'Your file is 3 GB; the limit is 2 GB. Export it again at a lower quality or resolution (1080p is plenty) and upload again.',
    );
    expect(problemMessage(all[5])).toContain('only 320×240 pixels');
    expect(problemMessage(all[7])).toContain('PRORES');
  });

  it('formats durations the way people say them', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(220.9)).toBe('3 min 40 s');
    expect(formatDuration(220.1, 'up')).toBe('3 min 41 s');
    expect(formatDuration(0)).toBe('0 s');
  });
});
