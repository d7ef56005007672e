/** What a fake <video> element reads from a file: its metadata, or 'unreadable' (a codec the browser cannot decode). */
export type FakeMetadata = { duration: number; videoWidth: number; videoHeight: number } | 'unreadable';

/**
 * A stand-in for the <video> element readVideoMetadata creates, for tests (jsdom loads no media): setting `src`
 * fires `loadedmetadata` with the given facts, or `error`.
 */
export function fakeVideoElement(meta: FakeMetadata): HTMLVideoElement {
  const fake = {
    preload: '',
    muted: false,
    duration: meta === 'unreadable' ? NaN : meta.duration,
    videoWidth: meta === 'unreadable' ? 0 : meta.videoWidth,
    videoHeight: meta === 'unreadable' ? 0 : meta.videoHeight,
    onloadedmetadata: null as null | (() => void),
    onerror: null as null | (() => void),
    removeAttribute: () => undefined,
    set src(_url: string) {
      queueMicrotask(() => (meta === 'unreadable' ? fake.onerror?.() : fake.onloadedmetadata?.()));
    },
  };
  return fake as unknown as HTMLVideoElement;
}
