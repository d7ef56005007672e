import { DEFAULT_ENTRY_RULES } from './entry-rules.js';
import { checkVideo, isBlocking, webRenditionSize, type ProbeSummary, type VideoProblem } from './video-rules.js';

const rules = { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 30, maxDurationSeconds: 180 };

function makeProbe(overrides: Partial<ProbeSummary> = {}, video: Partial<NonNullable<ProbeSummary['video']>> = {}): ProbeSummary {
  return {
    containerFormat: 'mp4',
    durationSeconds: 90,
    sizeBytes: 50_000_000,
    video: { codec: 'h264', width: 1920, height: 1080, rotation: 0, displayWidth: 1920, displayHeight: 1080, frameRate: 30, frameCount: 2700, ...video },
    audio: { codec: 'aac', channels: 2 },
    hasLocationMetadata: false,
    metadataTags: [],
    ...overrides,
  };
}

const codes = (problems: VideoProblem[]) => problems.map((p) => p.code);

describe('checkVideo', () => {
  it('passes a normal 1080p H.264 MP4 with sound', () => {
    expect(checkVideo(makeProbe(), rules)).toEqual([]);
  });

  it('says not_a_video, alone, for a file the prober could not read or with no streams', () => {
    expect(checkVideo(null, rules)).toEqual([{ code: 'not_a_video', params: {} }]);
    expect(codes(checkVideo(makeProbe({ video: null, audio: null }), rules))).toEqual(['not_a_video']);
  });

  it('says no_video_stream, alone, for sound only', () => {
    expect(codes(checkVideo(makeProbe({ video: null, containerFormat: 'mkv' }), rules))).toEqual(['no_video_stream']);
  });

  it('says still_image, alone, for a picture renamed as a video', () => {
    const png = makeProbe(
      { containerFormat: 'png_pipe', durationSeconds: null, audio: null },
      { codec: 'png', width: 100, height: 100, displayWidth: 100, displayHeight: 100, frameCount: null },
    );
    expect(checkVideo(png, rules)).toEqual([{ code: 'still_image', params: {} }]);
    const oneJpegFrame = makeProbe({ durationSeconds: 0.04 }, { codec: 'mjpeg', frameCount: 1 });
    expect(codes(checkVideo(oneJpegFrame, rules))).toEqual(['still_image']);
  });

  it('does not call a real Motion-JPEG video a still image', () => {
    const mjpeg = makeProbe({ containerFormat: 'avi' }, { codec: 'mjpeg', frameCount: 2700 });
    expect(codes(checkVideo(mjpeg, rules))).toEqual(['container_not_accepted', 'unsupported_codec']);
  });

  it('reports every problem at once, with what the message needs', () => {
    const bad = makeProbe(
      { containerFormat: 'avi', durationSeconds: 220, sizeBytes: 3 * 1024 ** 3, audio: null },
      { codec: 'mpeg4', displayWidth: 320, displayHeight: 240 },
    );
    expect(checkVideo(bad, rules)).toEqual([
      { code: 'container_not_accepted', params: { container: 'avi', accepted: ['mp4', 'mov', 'webm'] } },
      { code: 'unsupported_codec', params: { codec: 'mpeg4', accepted: ['h264', 'hevc', 'vp8', 'vp9', 'av1'] } },
      { code: 'too_long', params: { seconds: 220, max: 180 } },
      { code: 'file_too_large', params: { bytes: 3 * 1024 ** 3, max: 2 * 1024 ** 3 } },
      { code: 'resolution_too_low', params: { width: 320, height: 240, min: 360 } },
      { code: 'no_audio', params: {} },
    ]);
  });

  it('maps the prober’s container names to the rule names', () => {
    expect(codes(checkVideo(makeProbe({ containerFormat: 'matroska' }), { ...rules, acceptedContainers: ['mkv'] }))).toEqual([]);
    expect(codes(checkVideo(makeProbe({ containerFormat: 'mkv' }), rules))).toEqual(['container_not_accepted']);
  });

  it('checks duration bounds inclusively and flags a missing duration', () => {
    expect(codes(checkVideo(makeProbe({ durationSeconds: 30 }), rules))).toEqual([]);
    expect(codes(checkVideo(makeProbe({ durationSeconds: 180 }), rules))).toEqual([]);
    expect(codes(checkVideo(makeProbe({ durationSeconds: 29.9 }), rules))).toEqual(['too_short']);
    expect(codes(checkVideo(makeProbe({ durationSeconds: 180.2 }), rules))).toEqual(['too_long']);
    expect(codes(checkVideo(makeProbe({ durationSeconds: null }), rules))).toEqual(['unreadable_duration']);
  });

  it('uses the displayed size, so portrait video is judged by its shorter side', () => {
    expect(codes(checkVideo(makeProbe({}, { width: 1920, height: 1080, rotation: 90, displayWidth: 1080, displayHeight: 1920 }), rules))).toEqual([]);
    expect(codes(checkVideo(makeProbe({}, { displayWidth: 360, displayHeight: 640 }), rules))).toEqual([]);
    expect(codes(checkVideo(makeProbe({}, { displayWidth: 358, displayHeight: 640 }), rules))).toEqual(['resolution_too_low']);
    expect(codes(checkVideo(makeProbe({}, { displayWidth: 4096, displayHeight: 2160 }), rules))).toEqual([]);
    expect(codes(checkVideo(makeProbe({}, { displayWidth: 2160, displayHeight: 4098 }), rules))).toEqual(['resolution_too_high']);
  });

  it('treats no_audio as a warning, everything else as blocking', () => {
    const [noAudio] = checkVideo(makeProbe({ audio: null }), rules);
    expect(isBlocking(noAudio)).toBe(false);
    expect(isBlocking({ code: 'too_long', params: {} })).toBe(true);
  });
});

describe('webRenditionSize', () => {
  it('brings the shorter side down to 720 and keeps the shape', () => {
    expect(webRenditionSize(1920, 1080)).toEqual({ width: 1280, height: 720 });
    expect(webRenditionSize(3840, 2160)).toEqual({ width: 1280, height: 720 });
    expect(webRenditionSize(1440, 1080)).toEqual({ width: 960, height: 720 });
  });

  it('keeps portrait video portrait', () => {
    expect(webRenditionSize(1080, 1920)).toEqual({ width: 720, height: 1280 });
  });

  it('never upscales and always gives even sides', () => {
    expect(webRenditionSize(640, 360)).toEqual({ width: 640, height: 360 });
    expect(webRenditionSize(1279, 719)).toEqual({ width: 1278, height: 718 });
    expect(webRenditionSize(1366, 768)).toEqual({ width: 1280, height: 720 });
    for (const [w, h] of [
      [1001, 1777],
      [4095, 2161],
      [853, 480],
      [3, 3],
    ]) {
      const out = webRenditionSize(w, h);
      expect(out.width % 2).toBe(0);
      expect(out.height % 2).toBe(0);
      expect(out.width).toBeLessThanOrEqual(Math.max(2, w));
      expect(out.height).toBeLessThanOrEqual(Math.max(2, h));
      expect(Math.abs(out.width / out.height - w / h)).toBeLessThan(0.02 * (w / h) + 2 / out.height);
    }
  });

  it('takes a smaller target when asked', () => {
    expect(webRenditionSize(1920, 1080, 360)).toEqual({ width: 640, height: 360 });
  });

  it('refuses sizes that make no sense', () => {
    expect(() => webRenditionSize(0, 1080)).toThrow(RangeError);
  });
});
