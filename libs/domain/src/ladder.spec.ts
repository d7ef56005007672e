import fc from 'fast-check';
import { ladderAudio, LADDER, segmentStarts, ladderFor, spritePlan, thumbnailAt, thumbnailsVtt } from './ladder.js';

const sizes = (rungs: ReturnType<typeof ladderFor>) => rungs.map((r) => [r.name, r.width, r.height]);

describe('ladderFor', () => {
  it('makes the four rungs of a 1080p landscape video, at the issue’s bitrates, with a peak and a buffer', () => {
    const rungs = ladderFor(1920, 1080);
    expect(sizes(rungs)).toEqual([
      ['240p', 426, 240],
      ['360p', 640, 360],
      ['540p', 960, 540],
      ['720p', 1280, 720],
    ]);
    expect(rungs.map((r) => r.videoKbps)).toEqual([280, 700, 1500, 2800]);
    expect(rungs[3]).toMatchObject({ maxrateKbps: 3080, bufsizeKbps: 5600 });
  });

  it('keeps a portrait video upright: the short side is its width', () => {
    expect(sizes(ladderFor(1080, 1920))).toEqual([
      ['240p', 240, 426],
      ['360p', 360, 640],
      ['540p', 540, 960],
      ['720p', 720, 1280],
    ]);
  });

  it('never upscales: a source between two rungs gets the rungs below it, and a 720p source stops at 720p', () => {
    // 854 × 480 halves to 427 wide: the nearest even width is 428
    expect(sizes(ladderFor(854, 480))).toEqual([
      ['240p', 428, 240],
      ['360p', 640, 360],
    ]);
    expect(ladderFor(1280, 720).map((r) => r.name)).toEqual(['240p', '360p', '540p', '720p']);
    expect(ladderFor(3840, 2160).map((r) => r.name)).toEqual(['240p', '360p', '540p', '720p']);
  });

  it('plays a source smaller than the first rung at its own size', () => {
    expect(sizes(ladderFor(320, 180))).toEqual([['240p', 320, 180]]);
  });

  it('gives even sizes no larger than the source, in its aspect ratio, for any size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4096 }), fc.integer({ min: 2, max: 4096 }), (w, h) => {
        const rungs = ladderFor(w, h);
        expect(rungs.length).toBeGreaterThanOrEqual(1);
        expect(rungs.length).toBeLessThanOrEqual(LADDER.length);
        for (const r of rungs) {
          expect(r.width % 2).toBe(0);
          expect(r.height % 2).toBe(0);
          expect(r.width).toBeLessThanOrEqual(Math.max(2, w));
          expect(r.height).toBeLessThanOrEqual(Math.max(2, h));
          // landscape stays landscape, portrait stays portrait
          if (w > h + 4 && Math.min(r.width, r.height) > 8) expect(r.width).toBeGreaterThanOrEqual(r.height);
          if (h > w + 4 && Math.min(r.width, r.height) > 8) expect(r.height).toBeGreaterThanOrEqual(r.width);
        }
        // each rung is larger than the one before
        for (let i = 1; i < rungs.length; i++) expect(rungs[i].width * rungs[i].height).toBeGreaterThan(rungs[i - 1].width * rungs[i - 1].height);
      }),
    );
  });

  it('refuses a size that is not positive', () => {
    expect(() => ladderFor(0, 720)).toThrow(RangeError);
    expect(() => ladderFor(1280, Number.NaN)).toThrow(RangeError);
  });
});

describe('segmentStarts', () => {
  it('starts a segment every 4 s, the first served as its first second and the rest', () => {
    expect(segmentStarts(10)).toEqual([0, 1, 4, 8]);
    expect(segmentStarts(3)).toEqual([0, 1]);
    expect(segmentStarts(1)).toEqual([0]);
    expect(segmentStarts(176).length).toBe(45);
  });
});

describe('ladderAudio', () => {
  const names = (r: ReturnType<typeof ladderAudio>) => r.tracks.map((t) => `${t.name}/${t.channels}`);

  it('gives stereo a 64 kbit/s track for 240p and 360p and a 128 kbit/s one for 540p and 720p, both stereo', () => {
    const audio = ladderAudio(ladderFor(1920, 1080), 2);
    expect(names(audio)).toEqual(['audio-64k/2', 'audio-128k/2']);
    expect(audio.trackOf).toEqual([0, 0, 1, 1]);
    // 240p and its sound fit in a 400 kbit/s link
    expect(LADDER[0].videoKbps + audio.tracks[0].kbps).toBeLessThan(400);
  });

  it('gives mono one 64 kbit/s track for every rung, a small stereo video only the 64 kbit/s one, and silence none', () => {
    expect(ladderAudio(ladderFor(1920, 1080), 1)).toEqual({ tracks: [{ name: 'audio-64k', kbps: 64, channels: 1 }], trackOf: [0, 0, 0, 0] });
    expect(ladderAudio(ladderFor(854, 480), 6)).toMatchObject({ tracks: [{ name: 'audio-64k', channels: 2 }], trackOf: [0, 0] });
    expect(ladderAudio(ladderFor(1280, 720), 0)).toEqual({ tracks: [], trackOf: [] });
    expect(ladderAudio(ladderFor(1280, 720), null)).toEqual({ tracks: [], trackOf: [] });
  });
});

describe('spritePlan and thumbnailsVtt', () => {
  it('takes a preview every 2 s of a short video, ten to a row, at 160 × 90 for landscape and 90 × 160 for portrait', () => {
    expect(spritePlan(60, 1920, 1080)).toEqual({ every: 2, columns: 10, rows: 3, width: 160, height: 90, count: 30 });
    expect(spritePlan(60, 1080, 1920)).toMatchObject({ width: 90, height: 160 });
  });

  it('spreads at most 100 previews over a long video, and gives a 1 s clip one', () => {
    expect(spritePlan(600, 1280, 720)).toMatchObject({ every: 6, count: 100, rows: 10 });
    expect(spritePlan(1, 1280, 720)).toMatchObject({ every: 2, count: 1, columns: 1, rows: 1 });
  });

  it('maps each stretch of the video to its tile, the last cue ending at the end', () => {
    const plan = spritePlan(25, 1280, 720);
    const vtt = thumbnailsVtt(plan, 25, 'sprite.jpg');
    expect(vtt.startsWith('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nsprite.jpg#xywh=0,0,160,90\n')).toBe(true);
    expect(vtt).toContain('00:00:20.000 --> 00:00:22.000\nsprite.jpg#xywh=0,90,160,90');
    expect(vtt.trimEnd().endsWith('00:00:24.000 --> 00:00:25.000\nsprite.jpg#xywh=320,90,160,90')).toBe(true);
    expect(vtt.match(/-->/g)).toHaveLength(plan.count);
  });

  it('finds the tile of any point, clamped into the video', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 3600, noNaN: true }), fc.double({ min: -10, max: 4000, noNaN: true }), (duration, at) => {
        const plan = spritePlan(duration, 1920, 1080);
        const tile = thumbnailAt(plan, at);
        expect(tile.x % plan.width).toBe(0);
        expect(tile.x).toBeLessThan(plan.columns * plan.width);
        expect(tile.y).toBeLessThan(plan.rows * plan.height);
      }),
    );
  });
});
