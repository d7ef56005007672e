/**
 * What a file really is, from its first bytes (magic numbers), whatever its name or declared type says.
 * Used before anything heavier (ffprobe) looks at an upload.
 */
export type SniffedType = 'mp4' | 'mov' | 'webm' | 'mkv' | 'avi' | 'pdf' | 'png' | 'jpeg' | 'webp' | 'gif' | 'mp3' | 'wav' | 'vtt' | 'srt' | 'unknown';

/** How many leading bytes `sniffFileType` wants: enough for every signature it knows, including Matroska's DocType. */
export const SNIFF_BYTES = 4096;

/** ISO BMFF brands that are still images, not video. */
const IMAGE_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis']);
/** Top-level QuickTime atoms that old .mov files may start with instead of `ftyp`. */
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let s = '';
  for (let i = start; i < start + length && i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** Reads an EBML variable-length integer; returns its value and byte length, or null. */
function readVint(bytes: Uint8Array, at: number): { value: number; length: number } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (length > 8 || at + length > bytes.length) return null;
  let value = first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + bytes[at + i];
  return { value, length };
}

function sniffEbml(bytes: Uint8Array): SniffedType {
  // EBML header: ID 1A45DFA3, size, then child elements; DocType is ID 4282.
  const headerSize = readVint(bytes, 4);
  if (!headerSize) return 'unknown';
  const start = 4 + headerSize.length;
  const end = Math.min(bytes.length, start + headerSize.value);
  let at = start;
  while (at + 2 < end) {
    // element IDs in the EBML header are one or two bytes long
    const id1 = bytes[at];
    const idLength = id1 & 0x80 ? 1 : id1 & 0x40 ? 2 : 0;
    if (!idLength) return 'unknown';
    const size = readVint(bytes, at + idLength);
    if (!size) return 'unknown';
    const dataAt = at + idLength + size.length;
    if (idLength === 2 && id1 === 0x42 && bytes[at + 1] === 0x82) {
      const docType = ascii(bytes, dataAt, size.value).replace(/\0+$/, '');
      if (docType === 'webm') return 'webm';
      if (docType === 'matroska') return 'mkv';
      return 'unknown';
    }
    at = dataAt + size.value;
  }
  // A Matroska file whose header has no DocType defaults to "matroska".
  return 'mkv';
}

function isMp3FrameHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || (bytes[1] & 0xe0) !== 0xe0) return false;
  const version = (bytes[1] >> 3) & 0x03; // 01 is reserved
  const layer = (bytes[1] >> 1) & 0x03; // 00 is reserved (and ADTS AAC)
  const bitrate = bytes[2] >> 4; // 1111 is invalid
  const sampleRate = (bytes[2] >> 2) & 0x03; // 11 is reserved
  return version !== 1 && layer !== 0 && bitrate !== 0x0f && sampleRate !== 0x03;
}

const SRT_TIMING = /^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/;

function sniffText(bytes: Uint8Array): SniffedType {
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(body);
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(text)) return 'vtt';
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  if (i + 1 < lines.length && /^\d+$/.test(lines[i].trim()) && SRT_TIMING.test(lines[i + 1])) return 'srt';
  return 'unknown';
}

/** The file type from the first bytes of a file (pass at least `SNIFF_BYTES` of them when the file is that long). */
export function sniffFileType(head: Uint8Array): SniffedType {
  if (head.length >= 12 && ascii(head, 4, 4) === 'ftyp') {
    const brand = ascii(head, 8, 4);
    if (brand === 'qt  ') return 'mov';
    if (IMAGE_BRANDS.has(brand)) return 'unknown';
    return 'mp4';
  }
  if (head.length >= 8 && QUICKTIME_ATOMS.has(ascii(head, 4, 4))) return 'mov';
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return sniffEbml(head);
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF') {
    const form = ascii(head, 8, 4);
    if (form === 'AVI ') return 'avi';
    if (form === 'WAVE') return 'wav';
    if (form === 'WEBP') return 'webp';
    return 'unknown';
  }
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(head, 0, 3) === 'ID3' || isMp3FrameHeader(head)) return 'mp3';
  return sniffText(head);
}
