import { originalExtension, safeName, workFolder } from './kit-names.js';

describe('kit names', () => {
  it('keeps the letters of every script, with their combining marks', () => {
    expect(workFolder('TH-0007', 'ภัยออนไลน์ใกล้ตัว')).toBe('TH-0007 ภัยออนไลน์ใกล้ตัว');
    expect(workFolder('JP-0001', 'クリックする前に考えよう')).toBe('JP-0001 クリックする前に考えよう');
    expect(workFolder('VN-0002', 'Đừng nhấp vào liên kết lạ')).toBe('VN-0002 Đừng nhấp vào liên kết lạ');
  });

  it('turns separators, control and reserved characters into spaces, and never leaves a path', () => {
    expect(safeName('../../etc/passwd')).toBe('etc passwd');
    expect(safeName('a/b\\c:d*e?f"g<h>i|j\u0000k')).toBe('a b c d e f g h i j k');
    expect(safeName('  Stop.  Think.  ')).toBe('Stop. Think');
    expect(safeName('///')).toBe('untitled');
    expect(workFolder('TH-0001', '///')).toBe('TH-0001');
  });

  it('keeps names short', () => {
    expect([...safeName('ก'.repeat(300))]).toHaveLength(100);
  });

  it('takes the original extension from the uploaded file name', () => {
    expect(originalExtension('Our Film.MOV')).toBe('mov');
    expect(originalExtension('clip.webm')).toBe('webm');
    expect(originalExtension('upload')).toBe('mp4');
    expect(originalExtension('notes.exe')).toBe('mp4');
  });

  it('prefers the container the probe found, which the copy without metadata is written in', () => {
    expect(originalExtension('Our Film.mp4', 'mov')).toBe('mov');
    expect(originalExtension('clip.mp4', 'mkv')).toBe('mkv');
    expect(originalExtension('clip.avi', 'avi')).toBe('avi');
    expect(originalExtension('clip.avi', null)).toBe('avi');
  });
});
