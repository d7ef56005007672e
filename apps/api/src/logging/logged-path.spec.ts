import { loggedPath } from './logged-path.js';

describe('loggedPath', () => {
  it('keeps the path without its query', () => {
    expect(loggedPath('/api/entries/42?token=abc')).toBe('/api/entries/42');
  });

  it('hides the signature of a video ladder URL (who holds it may play the video until it expires)', () => {
    expect(loggedPath('/api/media/ladders/0b6c1c5e-3a52-4e0e-9a36-6a3a1d0d9f1e/1796650000/AbCdEfGhIjKlMnOpQrStUv/360p/index.m3u8')).toBe(
      '/api/media/ladders/0b6c1c5e-3a52-4e0e-9a36-6a3a1d0d9f1e/1796650000/[signature]/360p/index.m3u8',
    );
  });

  it('hides the one-click unsubscribe token', () => {
    expect(loggedPath('/api/notifications/unsubscribe/PZExErxP7sTAnZteGHnB2JVnMCUPn4gVINFzbArmcu0')).toBe('/api/notifications/unsubscribe/[token]');
    expect(loggedPath('/api/notifications/unsubscribe/abc?x=1')).toBe('/api/notifications/unsubscribe/[token]');
    expect(loggedPath('/api/notifications/read')).toBe('/api/notifications/read');
  });
});
