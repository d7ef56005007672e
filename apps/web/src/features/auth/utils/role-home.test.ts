import { describe, expect, it } from 'vitest';
import { safeNext, signInThenTo } from './role-home';

describe('safeNext', () => {
  it('follows a path on this site, with its query string', () => {
    expect(safeNext('/me/entries/new?competition=5f0c8a7e')).toBe('/me/entries/new?competition=5f0c8a7e');
    expect(safeNext('/competitions/thai-cup#rules-h')).toBe('/competitions/thai-cup#rules-h');
  });

  it('never leaves the site', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', '/\\/evil.example', 'javascript:alert(1)', 'evil', '', null])
      expect(safeNext(next)).toBeNull();
  });

  it('refuses spaces and control characters that browsers strip or read as a new address', () => {
    for (const next of ['/ /evil.example', '/\t/evil.example', '/\n/evil.example', '/x\u0000y']) expect(safeNext(next)).toBeNull();
  });

  it('builds the sign-in link that comes back to a page', () => {
    expect(signInThenTo('/me/entries/new?competition=abc')).toBe('/sign-in?next=%2Fme%2Fentries%2Fnew%3Fcompetition%3Dabc');
  });
});
