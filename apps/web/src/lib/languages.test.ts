import { describe, expect, it } from 'vitest';
import { defaultTrackLanguage, languageLabel, subtitleLanguageChoices, videoContentType } from './languages';

describe('language labels', () => {
  it('names languages in the reader’s language', () => {
    expect(languageLabel('th', 'en')).toBe('Thai');
    expect(languageLabel('en', 'en')).toBe('English');
    expect(languageLabel('ja', 'ja')).toBe('日本語');
    expect(languageLabel('pt-BR', 'en')).toMatch(/Portuguese/);
  });

  it('falls back to the code for something the browser cannot name', () => {
    expect(languageLabel('not a code!', 'en')).toBe('not a code!');
  });

  it('puts English first and lists each language once', () => {
    const codes = subtitleLanguageChoices(['th', 'en', 'ja'], 'en').map((c) => c.code);
    expect(codes.slice(0, 3)).toEqual(['en', 'th', 'ja']);
    // then every other interface language, each once: captions in Khmer or Tetum can be attached too
    expect(codes).toHaveLength(14);
    expect(codes).toEqual(expect.arrayContaining(['km', 'my', 'lo', 'tet', 'zh-Hans', 'ta']));
  });
});

describe('defaultTrackLanguage', () => {
  it('prefers the viewer’s language, then its base, then English', () => {
    expect(defaultTrackLanguage(['en', 'ja'], 'ja')).toBe('ja');
    expect(defaultTrackLanguage(['en', 'pt-BR'], 'pt')).toBe('pt-BR');
    expect(defaultTrackLanguage(['en', 'th'], 'ja')).toBe('en');
    expect(defaultTrackLanguage(['en-GB', 'th'], 'ja')).toBe('en-GB');
    expect(defaultTrackLanguage(['th'], 'ja')).toBeNull();
    expect(defaultTrackLanguage([], 'en')).toBeNull();
  });
});

describe('videoContentType', () => {
  it('uses the browser’s type, else the extension', () => {
    expect(videoContentType({ name: 'a.bin', type: 'video/webm' })).toBe('video/webm');
    expect(videoContentType({ name: 'clip.MOV', type: '' })).toBe('video/quicktime');
    expect(videoContentType({ name: 'clip.mkv', type: 'application/octet-stream' })).toBe('video/x-matroska');
    expect(videoContentType({ name: 'notes.txt', type: 'text/plain' })).toBeNull();
  });
});
