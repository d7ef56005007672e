import { describe, expect, it } from 'vitest';
import { parseEntryCodes, parseLanguageCodes, understands } from './declaration-codes';

describe('parseEntryCodes', () => {
  it('reads comma-separated codes, upper-cased, each once', () => {
    expect(parseEntryCodes(' th-0007, VN-0012,TH-0007 ;  id-12345 ')).toEqual({ codes: ['TH-0007', 'VN-0012', 'ID-12345'], invalid: [] });
  });
  it('returns what does not look like TH-0007', () => {
    expect(parseEntryCodes('TH-7, 0007, THA-0007, TH-0008')).toEqual({ codes: ['TH-0008'], invalid: ['TH-7', '0007', 'THA-0007'] });
  });
  it('reads nothing from an empty field', () => {
    expect(parseEntryCodes('  ,  ')).toEqual({ codes: [], invalid: [] });
  });
});

describe('parseLanguageCodes', () => {
  it('lower-cases the language and upper-cases a region', () => {
    expect(parseLanguageCodes('KO, pt-br, zh_hant, fil')).toEqual({ codes: ['ko', 'pt-BR', 'zh-Hant', 'fil'], invalid: [] });
  });
  it('returns what is not a language code', () => {
    expect(parseLanguageCodes('Thai, th')).toEqual({ codes: ['th'], invalid: ['thai'] });
  });
});

describe('understands', () => {
  it('compares primary languages, as the assignment does', () => {
    expect(understands(['en', 'pt'], 'pt-BR')).toBe(true);
    expect(understands(['th'], 'TH')).toBe(true);
    expect(understands(['en'], 'vi')).toBe(false);
    expect(understands([], 'en')).toBe(false);
  });
});
