/** The longest file name we keep, in characters, extension included. */
export const MAX_FILE_NAME_LENGTH = 120;

/**
 * A file name as the student chose it, made safe to store and show: no path parts, no control or bidi characters,
 * no `..`, at most 120 characters with the extension kept. Returns null when nothing usable is left.
 * The name is only ever displayed; storage keys never contain it.
 */
export function cleanFileName(raw: string): string | null {
  // the last path part, whichever separator the browser or OS used
  let name = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  // control characters (C0, DEL, C1) and bidi overrides that can disguise an extension
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  name = name.replace(/\.{2,}/g, '.');
  name = name.replace(/\s+/g, ' ').trim();
  // no leading dots (hidden files) or trailing dots and spaces (Windows drops them)
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (!name) return null;
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? [...name.slice(dot)] : [];
  if (ext.length > 0 && ext.length <= 12) {
    const stem = [...name.slice(0, dot)]
      .slice(0, MAX_FILE_NAME_LENGTH - ext.length)
      .join('')
      .trimEnd();
    return stem + ext.join('');
  }
  return chars.slice(0, MAX_FILE_NAME_LENGTH).join('').trimEnd();
}
