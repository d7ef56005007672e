import { AUTONYMS, LOCALES, acceptLanguageTags, bestLocale, localeOf } from './locales.js';

describe('locales', () => {
  it('names every locale in its own script', () => {
    expect(Object.keys(AUTONYMS).sort()).toEqual([...LOCALES].sort());
    expect(AUTONYMS.th).toBe('ไทย');
    expect(AUTONYMS.km).toBe('ខ្មែរ');
    expect(AUTONYMS['zh-Hans']).toBe('简体中文');
  });

  it.each([
    ['th-TH', 'th'],
    ['TH', 'th'],
    ['ja_JP', 'ja'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['tl', 'fil'],
    ['fil-PH', 'fil'],
    ['in', 'id'],
    ['pt-BR', 'pt'],
    ['pt-TL', 'pt'],
    ['my-MM', 'my'],
    ['km-KH', 'km'],
    ['tet-TL', 'tet'],
    ['en-GB', 'en'],
  ])('maps %s to %s', (tag, locale) => {
    expect(localeOf(tag)).toBe(locale);
  });

  it.each(['zh-TW', 'zh-Hant-HK', 'de-DE', '', 'x', 'constructor', '__proto__', 'toString-x', 'hasOwnProperty'])('does not offer %p', (tag) => {
    expect(localeOf(tag)).toBeNull();
  });

  it('picks the first preference it offers, else English', () => {
    expect(bestLocale(['de-DE', 'zh-TW', 'vi-VN', 'en'])).toBe('vi');
    expect(bestLocale(['de', 'fr'])).toBe('en');
    expect(bestLocale([])).toBe('en');
  });

  it('orders Accept-Language by weight, then position', () => {
    expect(acceptLanguageTags('en;q=0.5, km-KH, th;q=0.9, *;q=0.1, de;q=0')).toEqual(['km-KH', 'th', 'en']);
    expect(acceptLanguageTags(undefined)).toEqual([]);
  });
});
