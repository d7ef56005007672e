import type HlsType from 'hls.js';
import { version } from 'hls.js/package.json';

/**
 * The HLS player library (hls.js), loaded the first time a player needs it: the same file the public showcase loads,
 * served by the platform at a versioned address and cached for good, so a viewer fetches it once for both. It is not
 * in the app's bundle: only pages that play a video ever ask for it.
 */
export const HLS_LIBRARY_URL = `/showcase/assets/hls.js?v=${version}`;

let loading: Promise<typeof HlsType> | null = null;

export function loadHls(): Promise<typeof HlsType> {
  loading ??= new Promise<typeof HlsType>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = HLS_LIBRARY_URL;
    script.async = true;
    script.onload = () => {
      const Hls = (window as unknown as { Hls?: typeof HlsType }).Hls;
      if (Hls) resolve(Hls);
      else reject(new Error('the player library did not load'));
    };
    script.onerror = () => reject(new Error('the player library did not load'));
    document.head.appendChild(script);
  }).catch((err: unknown) => {
    // a failed load may be tried again by the next player
    loading = null;
    throw err;
  });
  return loading;
}

/** The codecs every rung of the ladder uses (H.264 High, AAC-LC): what Media Source Extensions must accept. */
const LADDER_CODECS = 'video/mp4; codecs="avc1.640015,mp4a.40.2"';

export type LadderMode = 'hls' | 'native' | 'mp4';

/** How this browser plays a ladder: hls.js on Media Source Extensions, by itself (Safari), or not (the MP4). */
export function ladderMode(hasLadder: boolean): LadderMode {
  if (!hasLadder) return 'mp4';
  const w = window as unknown as { MediaSource?: { isTypeSupported?(t: string): boolean }; ManagedMediaSource?: { isTypeSupported?(t: string): boolean } };
  const ms = w.MediaSource ?? w.ManagedMediaSource;
  if (typeof ms?.isTypeSupported === 'function' && ms.isTypeSupported(LADDER_CODECS)) return 'hls';
  const probe = document.createElement('video');
  if (typeof probe.canPlayType === 'function' && probe.canPlayType('application/vnd.apple.mpegurl') !== '') return 'native';
  return 'mp4';
}
