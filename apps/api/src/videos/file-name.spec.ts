import { cleanFileName, MAX_FILE_NAME_LENGTH } from './file-name.js';

describe('cleanFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(cleanFileName('Our Video (final) v2.mp4')).toBe('Our Video (final) v2.mp4');
    expect(cleanFileName('ビデオ.mov')).toBe('ビデオ.mov');
  });

  it('drops path parts and parent references', () => {
    expect(cleanFileName('../../etc/passwd.mp4')).toBe('passwd.mp4');
    expect(cleanFileName('C:\\Users\\me\\clip.mp4')).toBe('clip.mp4');
    expect(cleanFileName('a..b.mp4')).toBe('a.b.mp4');
  });

  it('drops control and bidi characters', () => {
    expect(cleanFileName('cl\u0000ip\n\r\t.mp4')).toBe('clip.mp4');
    expect(cleanFileName('evil\u202Egpj.mp4')).toBe('evilgpj.mp4');
  });

  it('caps the length and keeps the extension', () => {
    const out = cleanFileName(`${'a'.repeat(300)}.mp4`)!;
    expect([...out]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(out.endsWith('.mp4')).toBe(true);
    expect([...cleanFileName('あ'.repeat(300) + '.webm')!]).toHaveLength(MAX_FILE_NAME_LENGTH);
  });

  it('refuses names with nothing left', () => {
    for (const raw of ['', '   ', '..', '../', '/', '\u0000\u0001', '...']) expect(cleanFileName(raw)).toBeNull();
  });
});
