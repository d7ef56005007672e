/** Every showcase address, in one place (the pages link with these, the controller serves them). */
const seg = encodeURIComponent;

export const showcasePaths = {
  root: '/showcase',
  script: '/showcase/assets/showcase.js',
  /** the HLS player library, loaded by the script on a video's first play */
  hlsLibrary: '/showcase/assets/hls.js',
  edition: (slug: string) => `/showcase/${seg(slug)}`,
  entry: (slug: string, code: string) => `/showcase/${seg(slug)}/entries/${seg(code)}`,
  embed: (slug: string, code: string) => `/showcase/${seg(slug)}/embed/${seg(code)}`,
  video: (slug: string, code: string) => `/showcase/${seg(slug)}/media/${seg(code)}/video`,
  poster: (slug: string, code: string) => `/showcase/${seg(slug)}/media/${seg(code)}/poster`,
  qr: (slug: string, code: string) => `/showcase/${seg(slug)}/media/${seg(code)}/qr.svg`,
  /** a public ladder's master playlist; its other files resolve relative to it */
  ladder: (slug: string, code: string, hash: string) => `/showcase/${seg(slug)}/media/${seg(code)}/hls/${seg(hash)}/master.m3u8`,
  captions: (slug: string, code: string, lang: string) => `/showcase/${seg(slug)}/media/${seg(code)}/captions/${seg(lang)}.vtt`,
};

/** An absolute URL on the platform's public address (PUBLIC_URL may carry a path). */
export const absolute = (publicUrl: string, path: string) => `${publicUrl.replace(/\/+$/, '')}${path}`;

/** The same path with some query parameters replaced (undefined removes one). */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}
