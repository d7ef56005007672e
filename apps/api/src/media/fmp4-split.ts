/**
 * Splitting an fMP4 media segment in two at a sync sample (ISO/IEC 14496-12 boxes), without re-encoding: the
 * ladder's first segment is served as its first second and the rest, so that a viewer on a slow link sees a
 * picture after one second of it is in, not four (issue 18). Handles the segments ffmpeg's HLS muxer writes: an
 * optional styp and sidx, then one moof (one traf: tfhd, tfdt, trun) and its mdat, sample data addressed from the
 * moof (default-base-is-moof). Anything else is left whole: null.
 */

interface Box {
  type: string;
  start: number;
  end: number;
}

function boxesIn(b: Buffer, start: number, end: number): Box[] | null {
  const out: Box[] = [];
  for (let i = start; i < end;) {
    if (i + 8 > end) return null;
    const size = b.readUInt32BE(i);
    if (size < 8 || i + size > end) return null;
    out.push({ type: b.toString('latin1', i + 4, i + 8), start: i, end: i + size });
    i += size;
  }
  return out;
}

function box(type: string, ...parts: Buffer[]): Buffer {
  const head = Buffer.alloc(8);
  const body = Buffer.concat(parts);
  head.writeUInt32BE(8 + body.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

function u32(...values: number[]): Buffer {
  const b = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => b.writeUInt32BE(v >>> 0, 4 * i));
  return b;
}

/** The media timescale of the (single) track of an initialisation segment: moov/trak/mdia/mdhd. */
export function initTimescale(init: Buffer): number | null {
  let level = boxesIn(init, 0, init.length);
  for (const type of ['moov', 'trak', 'mdia']) {
    const found = level?.find((x) => x.type === type);
    if (!found) return null;
    level = boxesIn(init, found.start + 8, found.end);
  }
  const mdhd = level?.find((x) => x.type === 'mdhd');
  if (!mdhd) return null;
  const version = init.readUInt8(mdhd.start + 8);
  return init.readUInt32BE(mdhd.start + (version === 1 ? 28 : 20));
}

const TFHD_BASE_DATA_OFFSET = 0x1;
const TFHD_SAMPLE_DESCRIPTION = 0x2;
const TFHD_DURATION = 0x8;
const TFHD_SIZE = 0x10;
const TFHD_FLAGS = 0x20;
const TFHD_BASE_IS_MOOF = 0x20000;
const TRUN_DATA_OFFSET = 0x1;
const TRUN_FIRST_FLAGS = 0x4;
const TRUN_DURATION = 0x100;
const TRUN_SIZE = 0x200;
const TRUN_FLAGS = 0x400;
const TRUN_CTS = 0x800;
const NON_SYNC = 0x10000;

interface Sample {
  duration: number;
  size: number;
  flags: number;
  cts: number;
}

export interface SplitSegment {
  /** the samples before the split, and their length in seconds */
  head: Buffer;
  headSeconds: number;
  /** the samples from the split (a sync sample) on, and their length in seconds */
  tail: Buffer;
  tailSeconds: number;
}

/**
 * Splits `segment` before its first sync sample at or after `atSeconds` (of the segment), given the track's
 * timescale; null when there is none, or the segment is not the plain shape described above.
 */
export function splitSegment(segment: Buffer, timescale: number, atSeconds: number): SplitSegment | null {
  const top = boxesIn(segment, 0, segment.length);
  if (!top) return null;
  const kept = top.filter((x) => x.type !== 'sidx');
  const styp = kept.find((x) => x.type === 'styp');
  const rest = kept.filter((x) => x !== styp);
  if (rest.length !== 2 || rest[0].type !== 'moof' || rest[1].type !== 'mdat') return null;
  const [moof, mdat] = rest;
  const inMoof = boxesIn(segment, moof.start + 8, moof.end);
  const mfhd = inMoof?.find((x) => x.type === 'mfhd');
  const trafs = inMoof?.filter((x) => x.type === 'traf') ?? [];
  if (!mfhd || trafs.length !== 1 || inMoof!.length !== 2) return null;
  const inTraf = boxesIn(segment, trafs[0].start + 8, trafs[0].end);
  if (!inTraf || inTraf.length !== 3 || inTraf.map((x) => x.type).join() !== 'tfhd,tfdt,trun') return null;
  const [tfhd, tfdt, trun] = inTraf;

  const tfhdFlags = segment.readUInt32BE(tfhd.start + 8) & 0xffffff;
  if (tfhdFlags & TFHD_BASE_DATA_OFFSET || !(tfhdFlags & TFHD_BASE_IS_MOOF)) return null;
  let at = tfhd.start + 16;
  if (tfhdFlags & TFHD_SAMPLE_DESCRIPTION) at += 4;
  const defaultDuration = tfhdFlags & TFHD_DURATION ? segment.readUInt32BE(at) : 0;
  if (tfhdFlags & TFHD_DURATION) at += 4;
  const defaultSize = tfhdFlags & TFHD_SIZE ? segment.readUInt32BE(at) : 0;
  if (tfhdFlags & TFHD_SIZE) at += 4;
  const defaultFlags = tfhdFlags & TFHD_FLAGS ? segment.readUInt32BE(at) : 0;

  const tfdtVersion = segment.readUInt8(tfdt.start + 8);
  const baseTime = tfdtVersion === 1 ? Number(segment.readBigUInt64BE(tfdt.start + 12)) : segment.readUInt32BE(tfdt.start + 12);

  const trunVersion = segment.readUInt8(trun.start + 8);
  const trunFlags = segment.readUInt32BE(trun.start + 8) & 0xffffff;
  if (!(trunFlags & TRUN_DATA_OFFSET)) return null;
  const count = segment.readUInt32BE(trun.start + 12);
  const dataOffset = segment.readInt32BE(trun.start + 16);
  at = trun.start + 20;
  const firstFlags = trunFlags & TRUN_FIRST_FLAGS ? segment.readUInt32BE(at) : null;
  if (firstFlags !== null) at += 4;
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const s: Sample = { duration: defaultDuration, size: defaultSize, flags: i === 0 && firstFlags !== null ? firstFlags : defaultFlags, cts: 0 };
    const next = () => {
      const v = segment.readUInt32BE(at);
      at += 4;
      return v;
    };
    if (trunFlags & TRUN_DURATION) s.duration = next();
    if (trunFlags & TRUN_SIZE) s.size = next();
    if (trunFlags & TRUN_FLAGS) s.flags = next();
    // written back as read: version 1's signed offsets keep their bits
    if (trunFlags & TRUN_CTS) s.cts = next();
    samples.push(s);
  }
  if (at !== trun.end) return null;
  const dataStart = moof.start + dataOffset;
  const dataBytes = samples.reduce((sum, s) => sum + s.size, 0);
  if (dataStart !== mdat.start + 8 || dataStart + dataBytes > mdat.end) return null;

  // the split: the first sync sample, after the first, at or after atSeconds
  const target = atSeconds * timescale;
  let elapsed = 0;
  let k = -1;
  for (let i = 0; i < samples.length; i++) {
    if (i > 0 && elapsed >= target && !(samples[i].flags & NON_SYNC)) {
      k = i;
      break;
    }
    elapsed += samples[i].duration;
  }
  if (k <= 0) return null;
  const headTicks = samples.slice(0, k).reduce((sum, s) => sum + s.duration, 0);
  const tailTicks = samples.slice(k).reduce((sum, s) => sum + s.duration, 0);
  const headBytes = samples.slice(0, k).reduce((sum, s) => sum + s.size, 0);

  const prefix = styp ? segment.subarray(styp.start, styp.end) : Buffer.alloc(0);
  const part = (from: Sample[], time: number, data: Buffer): Buffer => {
    const entries: number[] = [];
    for (const s of from) {
      if (trunFlags & TRUN_DURATION) entries.push(s.duration);
      if (trunFlags & TRUN_SIZE) entries.push(s.size);
      if (trunFlags & TRUN_FLAGS) entries.push(s.flags);
      if (trunFlags & TRUN_CTS) entries.push(s.cts);
    }
    const build = (offset: number) => {
      const trunBox = box(
        'trun',
        u32((trunVersion << 24) | trunFlags, from.length, offset),
        firstFlags !== null ? u32(from[0].flags) : Buffer.alloc(0),
        u32(...entries),
      );
      const tfdtBox =
        tfdtVersion === 1 ? box('tfdt', u32(1 << 24), Buffer.from(BigInt(time).toString(16).padStart(16, '0'), 'hex')) : box('tfdt', u32(0, time));
      return box('moof', segment.subarray(mfhd.start, mfhd.end), box('traf', segment.subarray(tfhd.start, tfhd.end), tfdtBox, trunBox));
    };
    // the sample data follows the moof and the mdat's header
    const size = build(0).length;
    return Buffer.concat([prefix, build(size + 8), box('mdat', data)]);
  };
  return {
    head: part(samples.slice(0, k), baseTime, segment.subarray(dataStart, dataStart + headBytes)),
    headSeconds: headTicks / timescale,
    tail: part(samples.slice(k), baseTime + headTicks, segment.subarray(dataStart + headBytes, dataStart + dataBytes)),
    tailSeconds: tailTicks / timescale,
  };
}
