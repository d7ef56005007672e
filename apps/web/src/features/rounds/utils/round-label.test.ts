import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/translator';
import { roundName } from './round-label';

const countryName = (code: string) => (code === 'TH' ? 'ประเทศไทย' : code);
const t = i18n.t.bind(i18n);

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('roundName', () => {
  it('is the round’s own name in the reader’s language', async () => {
    await i18n.changeLanguage('th');
    expect(roundName(t, { kind: 'final', countryCode: null, name: { en: 'Grand final', th: 'รอบชิงชนะเลิศใหญ่' } }, countryName)).toBe('รอบชิงชนะเลิศใหญ่');
  });

  it('is the kind and country in the reader’s language when the name is not written in it, never the English name', async () => {
    await i18n.changeLanguage('th');
    const label = roundName(t, { kind: 'national', countryCode: 'TH', name: { en: 'Thailand selection' } }, countryName);
    expect(label).not.toContain('Thailand selection');
    expect(label).toContain('ประเทศไทย');
    expect(label).toBe(roundName(t, { kind: 'national', countryCode: 'TH' }, countryName));
  });

  it('is the English name for an English reader, and the kind when there is none', () => {
    expect(roundName(t, { kind: 'final', countryCode: null, name: { en: 'Grand final' } }, countryName)).toBe('Grand final');
    expect(roundName(t, { kind: 'final', countryCode: null, name: {} }, countryName)).toBe('Regional final');
  });
});
