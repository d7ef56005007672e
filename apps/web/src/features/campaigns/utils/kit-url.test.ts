import { describe, expect, it } from 'vitest';
import { collectionKitUrl, workKitUrl } from './kit-url';

describe('kit urls', () => {
  it('adds the channel only when one is given, encoded', () => {
    expect(workKitUrl('c1', 'e1', '')).toBe('/api/campaigns/c1/works/e1/kit');
    expect(workKitUrl('c1', 'e1', ' national TV spot ')).toBe('/api/campaigns/c1/works/e1/kit?channel=national+TV+spot');
    expect(collectionKitUrl('c1', 'school & home')).toBe('/api/campaigns/c1/kit?channel=school+%26+home');
  });
});
