/**
 * HLS playlists as text (RFC 8216): the URIs a playlist names, rewritten one by one. A URI is a line that is neither
 * empty nor a tag, or the URI="…" attribute of a tag (EXT-X-MAP's initialisation segment, EXT-X-MEDIA's playlist).
 */
export function rewritePlaylist(text: string, resolve: (uri: string) => string): string {
  return text
    .split('\n')
    .map((raw) => {
      const line = raw.replace(/\r$/, '');
      if (line === '') return line;
      if (!line.startsWith('#')) return resolve(line.trim());
      return line.replace(/URI="([^"]*)"/g, (_, uri: string) => `URI="${resolve(uri)}"`);
    })
    .join('\n');
}

/** A relative URI of a ladder's playlist, resolved against the folder of the playlist (no '..', no absolute URIs). */
export function ladderRelative(folder: string | null, uri: string): string | null {
  if (!/^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)?$/.test(uri) || uri.split('/').some((part) => part === '.' || part === '..')) return null;
  return folder ? `${folder}/${uri}` : uri;
}

/** The files of a ladder anyone may ask for: at its top, the master playlist and the previews; in a rung's folder, its playlist and segments. */
const TOP_FILE = /^(?:master\.m3u8|sprite\.jpg|thumbnails\.vtt)$/;
const FOLDER = /^(?:\d{3,4}p|audio-\d{2,3}k)$/;
const RUNG_FILE = /^(?:index\.m3u8|init(?:_\d{1,2})?\.mp4|seg_\d{5}(?:-1)?\.m4s)$/;

/** The path of a ladder file in its folder, when (folder, file) names one that can exist; else null. */
export function ladderFilePath(folder: string | null, file: string): string | null {
  if (folder === null) return TOP_FILE.test(file) ? file : null;
  return FOLDER.test(folder) && RUNG_FILE.test(file) ? `${folder}/${file}` : null;
}
