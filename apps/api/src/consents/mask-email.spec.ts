import { maskEmail } from './mask-email.js';

describe('maskEmail', () => {
  it('keeps the first letter and the domain, hides the rest of the local part', () => {
    expect(maskEmail('grandma.noi@example.org')).toBe('g•••@example.org');
    expect(maskEmail('a@b.co')).toBe('a•••@b.co');
  });

  it('hides the whole of the local part even when it is long or has several @', () => {
    expect(maskEmail('"odd@local"@example.org')).toBe('"•••@example.org');
    expect(maskEmail('x'.repeat(60) + '@mail.example.org')).toBe('x•••@mail.example.org');
  });

  it('keeps a first letter outside the Basic Multilingual Plane whole', () => {
    expect(maskEmail('𝒜lice@example.org')).toBe('𝒜•••@example.org');
  });

  it('shows nothing of a value that is not an address', () => {
    expect(maskEmail('no-at-sign')).toBe('•••');
    expect(maskEmail('@example.org')).toBe('•••');
  });
});
