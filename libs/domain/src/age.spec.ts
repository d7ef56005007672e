import { ageOn, isIsoDate, isMinor } from './age.js';

describe('ageOn', () => {
  it('counts a birthday on the reference date as reached', () => {
    expect(ageOn('2009-03-15', '2027-03-15')).toBe(18);
    expect(ageOn('2009-03-16', '2027-03-15')).toBe(17);
  });
  it('handles 29 February births', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
  it('rejects malformed dates', () => {
    expect(() => ageOn('2009-13-01', '2027-01-01')).toThrow(RangeError);
  });
});

describe('isMinor', () => {
  it('is true below 18 and false from 18', () => {
    expect(isMinor('2010-06-01', '2027-06-01')).toBe(true);
    expect(isMinor('2009-06-01', '2027-06-01')).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
  });
});
