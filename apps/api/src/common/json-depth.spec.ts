import fc from 'fast-check';
import { jsonDeeperThan, JsonTooDeepError, MAX_JSON_DEPTH, verifyJsonDepth } from './json-depth.js';

/** The nesting depth of a parsed value, counted the slow way, to check the scanner against. */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (value !== null && typeof value === 'object') return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

describe('jsonDeeperThan', () => {
  it('counts arrays and objects, and only outside strings', () => {
    expect(jsonDeeperThan('[[[]]]', 3)).toBe(false);
    expect(jsonDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(jsonDeeperThan('{"a":{"b":[1]}}', 2)).toBe(true);
    expect(jsonDeeperThan('{"a":"[[[[{{{{"}', 1)).toBe(false);
    expect(jsonDeeperThan('{"a":"\\"[[[["}', 1)).toBe(false);
    expect(jsonDeeperThan('["\\\\", [[1]]]', 2)).toBe(true);
  });

  it('agrees with the parsed depth of any JSON, as bytes and as text', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), (text, max) => {
        const deeper = depthOf(JSON.parse(text)) > max;
        expect(jsonDeeperThan(text, max)).toBe(deeper);
        expect(jsonDeeperThan(Buffer.from(text, 'utf8'), max)).toBe(deeper);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('scans 45,000 levels without recursion, in milliseconds', () => {
    const text = '['.repeat(45_000) + ']'.repeat(45_000);
    const started = performance.now();
    expect(jsonDeeperThan(text)).toBe(true);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('verifyJsonDepth', () => {
  it(`lets ${MAX_JSON_DEPTH} levels through and refuses ${MAX_JSON_DEPTH + 1}`, () => {
    const nested = (n: number) => Buffer.from('['.repeat(n) + ']'.repeat(n));
    expect(() => verifyJsonDepth(null, null, nested(MAX_JSON_DEPTH), 'utf-8')).not.toThrow();
    expect(() => verifyJsonDepth(null, null, nested(MAX_JSON_DEPTH + 1), 'utf-8')).toThrow(JsonTooDeepError);
  });

  it('decodes UTF-16 before counting', () => {
    // U+7B5B is written [ { in UTF-16LE bytes: counted as bytes, it would look 200 levels deep
    const text = JSON.stringify({ a: '\u7b5b'.repeat(100) });
    expect(() => verifyJsonDepth(null, null, Buffer.from(text, 'utf16le'), 'utf-16le')).not.toThrow();
    expect(() => verifyJsonDepth(null, null, Buffer.from('['.repeat(40) + ']'.repeat(40), 'utf16le'), 'utf-16le')).toThrow(JsonTooDeepError);
  });
});
