/**
 * A request's path as the logs keep it: without its query, and without the tokens that must travel in a URL: the
 * one-click unsubscribe link of RFC 8058 (mail providers POST to it as it is), and the signature of a video's ladder
 * (players fetch its playlists by URL). Other tokens travel in bodies.
 */
export function loggedPath(url: string): string {
  return url
    .split('?')[0]
    .replace(/^(\/api\/notifications\/unsubscribe\/)[^/]+/, '$1[token]')
    .replace(/^(\/api\/media\/ladders\/[^/]+\/[^/]+\/)[^/]+/, '$1[signature]');
}
