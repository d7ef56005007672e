import { commonPasswords } from './common-passwords.js';
import { checkPassword, checkPasswordRules, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy.js';

const common = commonPasswords();

describe('checkPassword', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(checkPassword('violet-kettle-harbour-92', common, { email: 'ana@example.org' })).toEqual([]);
  });
  it('refuses anything under 12 characters', () => {
    expect(checkPassword('short-pw', common)).toEqual(['too_short']);
  });
  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('パスワードはとても長いです', common)).toEqual([]);
    expect(checkPassword('パスワード', common)).toEqual(['too_short']);
  });
  it('refuses common passwords whatever their case', () => {
    expect(checkPassword('qwerty123456', common)).toEqual(['too_common']);
    expect(checkPassword('1QAZ2WSX3EDC', common)).toEqual(['too_common']);
  });
  it('refuses a password built on the email address', () => {
    expect(checkPassword('somchai.k-2027-video', common, { email: 'somchai.k@school.ac.th' })).toEqual(['contains_email']);
  });
  it('refuses repetitive passwords', () => {
    expect(checkPassword('abababababab', common)).toContain('repetitive');
  });
});

describe('checkPasswordRules (the browser, without the list)', () => {
  it('finds every problem but a common password', () => {
    expect(checkPasswordRules('qwerty123456')).toEqual([]);
    expect(checkPasswordRules('short-pw')).toEqual(['too_short']);
    expect(checkPasswordRules('somchai.k-2027-video', { email: 'somchai.k@school.ac.th' })).toEqual(['contains_email']);
  });
});

describe('commonPasswords', () => {
  it('reads the 10,000 passwords of the data file once, lower-cased, the first and the last included', () => {
    expect(common.size).toBe(10_000);
    expect(common.has('123qweasdzxc')).toBe(true);
    expect(common.has('dsfaa8qnkckvs')).toBe(true);
    expect(common.has('###int_made###')).toBe(true);
    expect([...common].every((p) => p === p.toLowerCase() && [...p].length >= 12)).toBe(true);
    expect(commonPasswords()).toBe(common);
  });
});

describe('passwordProblem', () => {
  it('names each problem as the refusal does, with the limits the message needs', () => {
    expect(checkPassword('short', common).map(passwordProblem)).toEqual([{ reason: 'accounts.password_too_short', params: { min: PASSWORD_MIN_LENGTH } }]);
    expect(passwordProblem('too_long')).toEqual({ reason: 'field.too_long', params: { max: PASSWORD_MAX_LENGTH } });
    expect((['too_common', 'contains_email', 'repetitive'] as const).map((p) => passwordProblem(p).reason)).toEqual([
      'accounts.password_too_common',
      'accounts.password_contains_email',
      'accounts.password_repetitive',
    ]);
  });
});
