import { checkPassword } from './password-policy.js';

describe('checkPassword', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(checkPassword('violet-kettle-harbour-92', { email: 'ana@example.org' })).toEqual([]);
  });
  it('refuses anything under 12 characters', () => {
    expect(checkPassword('short-pw')).toEqual(['too_short']);
  });
  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('パスワードはとても長いです')).toEqual([]);
    expect(checkPassword('パスワード')).toEqual(['too_short']);
  });
  it('refuses common passwords whatever their case', () => {
    expect(checkPassword('qwerty123456')).toEqual(['too_common']);
    expect(checkPassword('1QAZ2WSX3EDC')).toEqual(['too_common']);
  });
  it('refuses a password built on the email address', () => {
    expect(checkPassword('somchai.k-2027-video', { email: 'somchai.k@school.ac.th' })).toEqual(['contains_email']);
  });
  it('refuses repetitive passwords', () => {
    expect(checkPassword('abababababab')).toContain('repetitive');
  });
});
