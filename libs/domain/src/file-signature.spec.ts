import { SNIFF_BYTES, sniffFileType } from './file-signature.js';

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const box = (type: string, brand: string) => bytes([0, 0, 0, 0x20], type, brand, [0, 0, 2, 0], 'isomiso2avc1mp41');

/** An EBML header holding only a DocType element. */
function ebml(docType: string | null): Uint8Array {
  const child = docType === null ? [0x42, 0x86, 0x81, 0x01] : [0x42, 0x82, 0x80 | docType.length, ...utf8(docType)];
  return Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | child.length, ...child, 0x18, 0x53, 0x80, 0x67]);
}

describe('sniffFileType', () => {
  it('asks for enough bytes to see every signature', () => {
    expect(SNIFF_BYTES).toBeGreaterThanOrEqual(512);
  });

  it('tells MP4 from QuickTime by the ftyp brand', () => {
    expect(sniffFileType(box('ftyp', 'isom'))).toBe('mp4');
    expect(sniffFileType(box('ftyp', 'mp42'))).toBe('mp4');
    expect(sniffFileType(box('ftyp', 'M4V '))).toBe('mp4');
    expect(sniffFileType(box('ftyp', 'qt  '))).toBe('mov');
    expect(sniffFileType(bytes([0, 0, 0, 8], 'wide', [0, 0, 0, 0], 'mdat'))).toBe('mov');
  });

  it('does not take HEIC or AVIF photos for video', () => {
    expect(sniffFileType(box('ftyp', 'heic'))).toBe('unknown');
    expect(sniffFileType(box('ftyp', 'avif'))).toBe('unknown');
  });

  it('reads the Matroska DocType to tell WebM from MKV', () => {
    expect(sniffFileType(ebml('webm'))).toBe('webm');
    expect(sniffFileType(ebml('matroska'))).toBe('mkv');
    expect(sniffFileType(ebml(null))).toBe('mkv');
  });

  it('knows the RIFF family', () => {
    expect(sniffFileType(bytes('RIFF', [1, 2, 3, 4], 'AVI LIST'))).toBe('avi');
    expect(sniffFileType(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBe('wav');
    expect(sniffFileType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
  });

  it('knows documents, images and audio that students upload by mistake', () => {
    expect(sniffFileType(utf8('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFileType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('png');
    expect(sniffFileType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'))).toBe('jpeg');
    expect(sniffFileType(utf8('GIF89a....'))).toBe('gif');
    expect(sniffFileType(bytes('ID3', [4, 0, 0, 0, 0, 0, 0]))).toBe('mp3');
    expect(sniffFileType(bytes([0xff, 0xfb, 0x90, 0x64]))).toBe('mp3');
    // ADTS AAC shares the sync word but has layer 00
    expect(sniffFileType(bytes([0xff, 0xf1, 0x50, 0x80]))).toBe('unknown');
  });

  it('recognises WebVTT with or without a byte-order mark', () => {
    expect(sniffFileType(utf8('WEBVTT\n\n00:00.000 --> 00:01.000\nHi'))).toBe('vtt');
    expect(sniffFileType(utf8('\uFEFFWEBVTT - title\r\n'))).toBe('vtt');
    expect(sniffFileType(utf8('WEBVTT'))).toBe('vtt');
    expect(sniffFileType(utf8('WEBVTTX\n'))).toBe('unknown');
  });

  it('recognises SRT from its first cue number and timing line', () => {
    expect(sniffFileType(utf8('1\n00:00:01,000 --> 00:00:02,500\nHello\n'))).toBe('srt');
    expect(sniffFileType(utf8('\uFEFF\r\n1\r\n00:00:01,000 --> 00:00:02,500\r\nHello'))).toBe('srt');
    expect(sniffFileType(utf8('1\nHello\n'))).toBe('unknown');
  });

  it('says unknown for plain text, empty and tiny inputs', () => {
    expect(sniffFileType(utf8('just some notes about my video'))).toBe('unknown');
    expect(sniffFileType(new Uint8Array(0))).toBe('unknown');
    expect(sniffFileType(bytes([0x1a, 0x45]))).toBe('unknown');
  });
});
