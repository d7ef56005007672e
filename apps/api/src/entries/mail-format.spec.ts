import { mailText } from '../mail/mail-i18n.js';
import { mailFormat } from './mail-format.js';

describe('mailFormat', () => {
  it('lists people’s names plainly in languages that glue their connectors or separate with a bare space', () => {
    const team = ['Nid Srisuk', 'Krit Boonmee', 'Ann Lee'];
    expect(mailFormat('th').names(team.slice(0, 2))).toBe('Nid Srisuk และ Krit Boonmee');
    expect(mailFormat('th').names(team)).toBe('Nid Srisuk, Krit Boonmee และ Ann Lee');
    expect(mailFormat('km').names(team.slice(0, 2))).toBe('Nid Srisuk និង Krit Boonmee');
    expect(mailFormat('en').names(team)).toBe('Nid Srisuk, Krit Boonmee, and Ann Lee');
    // punctuation separators stay as the language writes them
    expect(mailFormat('ja').names(team)).toBe('Nid Srisuk、Krit Boonmee、Ann Lee');
  });

  it('writes sizes, durations and language names in the reader’s language', () => {
    expect(mailFormat('en').bytes(512)).toBe('512 bytes');
    expect(mailFormat('en').bytes(40 * 1024)).toBe('40 kB');
    expect(mailFormat('en').bytes(4.5 * 1024 * 1024)).toBe('4.5 MB');
    expect(mailFormat('en').duration(125)).toBe('2 minutes, 5 seconds');
    expect(mailFormat('ja').duration(125)).toBe('2 分 5 秒');
    expect(mailText('th').languages(['en'])).toBe('อังกฤษ');
    expect(mailFormat('th').list(['อังกฤษ', 'ไทย'])).toBe('อังกฤษและไทย');
  });
});
