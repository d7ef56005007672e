import { loggedPath } from './logged-path.js';

describe('loggedPath', () => {
  it('keeps the path without its query', () => {
    expect(loggedPath('/api/entries/42?token=abc')).toBe('/api/entries/42');
  });

  it('hides the one-click unsubscribe token, the one token that travels in a URL', () => {
    expect(loggedPath('/api/notifications/unsubscribe/PZExErxP7sTAnZteGHnB2JVnMCUPn4gVINFzbArmcu0')).toBe('/api/notifications/unsubscribe/[token]');
    expect(loggedPath('/api/notifications/unsubscribe/abc?x=1')).toBe('/api/notifications/unsubscribe/[token]');
    expect(loggedPath('/api/notifications/read')).toBe('/api/notifications/read');
  });
});
