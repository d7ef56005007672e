/**
 * A request's path as the logs keep it: without its query, and without the one token that must travel in a URL (the
 * one-click unsubscribe link of RFC 8058, which mail providers POST to as it is). Other tokens travel in bodies.
 */
export function loggedPath(url: string): string {
  return url.split('?')[0].replace(/^(\/api\/notifications\/unsubscribe\/)[^/]+/, '$1[token]');
}
