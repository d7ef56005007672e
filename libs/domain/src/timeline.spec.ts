import { checkTimeline, submissionPhase } from './timeline.js';

const base = {
  submissionOpensAt: '2027-03-01T00:00:00Z',
  submissionClosesAt: '2027-06-30T15:00:00Z',
  judgingOpensAt: '2027-07-01T00:00:00Z',
  judgingClosesAt: '2027-08-31T00:00:00Z',
  ceremonyAt: '2027-10-10T10:00:00Z',
};

describe('checkTimeline', () => {
  it('accepts dates in order, skipping those not set', () => {
    expect(checkTimeline(base)).toEqual([]);
    expect(checkTimeline({ ...base, judgingOpensAt: null, judgingClosesAt: null })).toEqual([]);
  });
  it('names the field that comes too early and what it must follow', () => {
    expect(checkTimeline({ ...base, submissionClosesAt: '2027-02-01T00:00:00Z' })).toEqual([
      { field: 'submissionClosesAt', code: 'must_follow', after: 'submissionOpensAt' },
    ]);
  });
  it('reports unparseable dates', () => {
    expect(checkTimeline({ ...base, ceremonyAt: 'soon' })).toEqual([{ field: 'ceremonyAt', code: 'invalid_date' }]);
  });
});

describe('submissionPhase', () => {
  it('is open from the opening instant up to, not including, the closing instant', () => {
    expect(submissionPhase(base, new Date('2027-02-28T23:59:59Z'))).toBe('not_open');
    expect(submissionPhase(base, new Date('2027-03-01T00:00:00Z'))).toBe('open');
    expect(submissionPhase(base, new Date('2027-06-30T14:59:59Z'))).toBe('open');
    expect(submissionPhase(base, new Date('2027-06-30T15:00:00Z'))).toBe('closed');
  });
});
