import { describe, expect, it } from 'vitest';
import { formatFileSize, MIB } from './format';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatFileSize', () => {
  it('shows a file under 1 MB in kB, never as 0 MB', () => {
    expect(nbsp(formatFileSize(340 * 1024, 'en'))).toBe('340 kB');
    expect(nbsp(formatFileSize(1536, 'en'))).toBe('2 kB');
    expect(formatFileSize(200 * 1024, 'en')).not.toMatch(/MB/);
  });

  it('shows bytes under 1 kB, and 0 for an empty file', () => {
    expect(nbsp(formatFileSize(512, 'en'))).toBe('512 bytes');
    expect(nbsp(formatFileSize(0, 'en'))).toBe('0 bytes');
  });

  it('keeps one decimal below 10 MB and whole megabytes above', () => {
    expect(nbsp(formatFileSize(4.5 * MIB, 'en'))).toBe('4.5 MB');
    expect(nbsp(formatFileSize(45.4 * MIB, 'en'))).toBe('45 MB');
  });

  it('shows gigabytes from 1 GB', () => {
    expect(nbsp(formatFileSize(2 * 1024 * MIB, 'en'))).toBe('2 GB');
    expect(nbsp(formatFileSize(1.5 * 1024 * MIB, 'en'))).toBe('1.5 GB');
  });

  it('follows the reader’s language: its digits, decimal sign and unit words', () => {
    expect(nbsp(formatFileSize(4.5 * MIB, 'de'))).toBe('4,5 MB');
    expect(nbsp(formatFileSize(512, 'th'))).toBe('512 ไบต์');
    expect(nbsp(formatFileSize(340 * 1024, 'ja'))).toBe('340 KB');
    expect(nbsp(formatFileSize(340 * 1024, 'my'))).toBe('၃၄၀ kB');
    expect(nbsp(formatFileSize(4.5 * MIB, 'pt'))).toBe('4,5 MB');
  });
});
