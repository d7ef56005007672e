import { BEHIND_MARGIN, elapsedShare, isJudgeBehind } from './judging-pace.js';

const opens = new Date('2027-01-01T00:00:00Z');
const closes = new Date('2027-01-11T00:00:00Z');

describe('elapsedShare', () => {
  it('is 0 before the window, 1 after it, and the share gone by inside it', () => {
    expect(elapsedShare(opens, closes, new Date('2026-12-31T00:00:00Z'))).toBe(0);
    expect(elapsedShare(opens, closes, new Date('2027-01-06T00:00:00Z'))).toBeCloseTo(0.5);
    expect(elapsedShare(opens, closes, new Date('2027-02-01T00:00:00Z'))).toBe(1);
  });
});

describe('isJudgeBehind', () => {
  it('flags a judge whose share done trails the time gone by more than the margin', () => {
    expect(isJudgeBehind({ roundOpen: true, assigned: 10, submitted: 2, elapsed: 0.5 })).toBe(true);
    expect(isJudgeBehind({ roundOpen: true, assigned: 10, submitted: 4, elapsed: 0.5 })).toBe(false);
    expect(BEHIND_MARGIN).toBe(0.2);
  });
  it('never flags a judge who is done, has nothing assigned, or a round that is not open', () => {
    expect(isJudgeBehind({ roundOpen: true, assigned: 3, submitted: 3, elapsed: 1 })).toBe(false);
    expect(isJudgeBehind({ roundOpen: true, assigned: 0, submitted: 0, elapsed: 1 })).toBe(false);
    expect(isJudgeBehind({ roundOpen: false, assigned: 10, submitted: 0, elapsed: 1 })).toBe(false);
  });
});
