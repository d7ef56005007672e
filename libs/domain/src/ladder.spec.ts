import fc from 'fast-check';
import { audioKbps, LADDER, ladderFor, spritePlan, thumbnailAt, thumbnailsVtt } from './ladder.js';

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
    expect(rungs.map((r) => r.videoKbps)).toEqual([300, 700, 1500, 2800]);
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

describe('audioKbps', () => {
  it('is 64 kbit/s for mono, 128 for stereo or more, none without sound', () => {
    expect(audioKbps(1)).toBe(64);
    expect(audioKbps(2)).toBe(128);
    expect(audioKbps(6)).toBe(128);
    expect(audioKbps(0)).toBeNull();
    expect(audioKbps(null)).toBeNull();
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
