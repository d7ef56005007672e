/**
 * Names inside media kits and of the downloads themselves: letters of every script stay (Thai, Japanese, Vietnamese…),
 * while path separators, control characters and the characters Windows refuses become spaces.
 */
const MAX_NAME = 100;

export function safeName(value: string, fallback = 'untitled'): string {
  const cleaned = value
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N} ._,'()&+\-–—!]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    // no hidden files, no "..", and Windows drops trailing dots
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  const cut = [...cleaned].slice(0, MAX_NAME).join('').trim();
  return cut || fallback;
}

/** The folder of one work in a kit: "TH-0007 Think before you click". */
export const workFolder = (code: string, title: string): string => safeName(`${code} ${title}`, code);

const PROBED = ['mp4', 'mov', 'webm', 'mkv'];

/**
 * The extension of the original in a kit: the container the probe found (mp4, mov, webm, mkv: the copy without
 * metadata is written in it), else from the name the team gave the file; mp4 when it has none we know.
 */
export function originalExtension(fileName: string, container: string | null = null): string {
  if (container && PROBED.includes(container)) return container;
  const ext = /\.([A-Za-z0-9]{2,5})$/.exec(fileName)?.[1]?.toLowerCase();
  return ext && ['mp4', 'mov', 'm4v', 'webm', 'mkv', 'avi', 'mpg', 'mpeg', '3gp'].includes(ext) ? ext : 'mp4';
}
