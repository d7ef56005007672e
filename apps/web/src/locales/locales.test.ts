import { describe, expect, it } from 'vitest';
import en from './en.json';
import ja from './ja.json';

function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Record<string, unknown>, key));
    else out[key] = v;
  }
  return out;
}

const flatEn = flatten(en);
const flatJa = flatten(ja);

describe('locales', () => {
  it('English and Japanese have exactly the same keys', () => {
    const enKeys = Object.keys(flatEn).sort();
    const jaKeys = Object.keys(flatJa).sort();
    expect(enKeys.filter((k) => !(k in flatJa))).toEqual([]);
    expect(jaKeys.filter((k) => !(k in flatEn))).toEqual([]);
    expect(enKeys.length).toBeGreaterThan(100);
  });

  it.each([
    ['en', flatEn],
    ['ja', flatJa],
  ])('%s has a non-empty string for every key', (_lang, flat) => {
    const empty = Object.entries(flat).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation placeholders in both languages', () => {
    const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(flatEn).filter((k) => placeholders(flatEn[k]).join() !== placeholders(flatJa[k]).join());
    expect(mismatched).toEqual([]);
  });

  it('really is translated: most Japanese strings differ from English', () => {
    const same = Object.keys(flatEn).filter((k) => flatEn[k] === flatJa[k]);
    expect(same.length).toBeLessThan(Object.keys(flatEn).length * 0.1);
  });
});
