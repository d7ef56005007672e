import { initTimescale, splitSegment } from './fmp4-split.js';

// The happy path runs on real ffmpeg output in test/hls-ladder.int-spec.ts; here, what the splitter leaves whole.

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}
const u32 = (...v: number[]) => Buffer.concat(v.map((x) => Buffer.from([x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255])));

/** A segment of `n` samples of 1,000 ticks and 10 bytes each; sync where `sync(i)`; tfhd flags as given. */
function segment(n: number, sync: (i: number) => boolean, tfhdFlags = 0x020038): Buffer {
  const entries = Array.from({ length: n }, (_, i) => u32(10, sync(i) ? 0x02000000 : 0x01010000));
  const moof = (offset: number) =>
    box(
      'moof',
      box('mfhd', u32(0, 1)),
      box('traf', box('tfhd', u32(tfhdFlags, 1, 1000, 10, 0x01010000)), box('tfdt', u32(0, 5000)), box('trun', u32(0x000601, n, offset), ...entries)),
    );
  const size = moof(0).length;
  return Buffer.concat([box('styp', Buffer.from('msdh')), moof(size + 8), box('mdat', Buffer.alloc(10 * n, 7))]);
}

describe('splitSegment', () => {
  it('cuts before the first sync sample at or after the time, and gives each part its length', () => {
    const split = splitSegment(
      segment(8, (i) => i === 0 || i === 5),
      1000,
      3,
    );
    expect(split).toMatchObject({ headSeconds: 5, tailSeconds: 3 });
    // each part: the styp, a moof and an mdat of its samples
    expect(split!.head.includes(Buffer.from('mdat'))).toBe(true);
    expect(split!.tail.subarray(split!.tail.length - 30 - 8, split!.tail.length - 30).toString('latin1', 4)).toBe('mdat');
  });

  it('leaves whole a segment with no sync sample after the time, or of a shape it does not know', () => {
    expect(
      splitSegment(
        segment(8, (i) => i === 0),
        1000,
        3,
      ),
    ).toBeNull();
    // sample data addressed from the file's start, not the moof
    expect(
      splitSegment(
        segment(8, () => true, 0x000039),
        1000,
        3,
      ),
    ).toBeNull();
    // two fragments
    const twice = segment(4, () => true);
    expect(splitSegment(Buffer.concat([twice, twice.subarray(box('styp', Buffer.from('msdh')).length)]), 1000, 1)).toBeNull();
    // truncated, or not boxes at all
    expect(splitSegment(segment(8, () => true).subarray(0, 60), 1000, 3)).toBeNull();
    expect(splitSegment(Buffer.from('not an mp4 at all'), 1000, 3)).toBeNull();
  });
});

describe('initTimescale', () => {
  it("reads the track's timescale from mdhd, and nothing from what is not an init segment", () => {
    const mdhd = box('mdhd', u32(0, 0, 0, 90000, 0));
    expect(initTimescale(box('moov', box('trak', box('mdia', mdhd))))).toBe(90000);
    expect(initTimescale(box('moov', box('trak')))).toBeNull();
    expect(initTimescale(Buffer.from('nothing'))).toBeNull();
  });
});
