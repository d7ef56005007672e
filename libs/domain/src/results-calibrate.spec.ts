import { computeResults, FULL_PRIOR_SCORECARDS } from './results.js';
import { card, makeEntry, results, TEN } from './results.fixtures.js';

const scoreOf = (r: ReturnType<typeof results>) => Object.fromEntries(r.entries.map((e) => [e.code, e.score]));
const offsetOf = (r: ReturnType<typeof results>) => Object.fromEntries(r.judgeOffsets.map((j) => [j.judgeId, j.offset]));

describe('calibration (least squares: total = quality + judge offset)', () => {
  it('takes each judge’s offset, estimated from the entries they share, off their totals (worked by hand)', () => {
    // j1 gives 10 more than j2 on the three entries both scored; each also scored two entries alone.
    // L = [[1.5, −1.5], [−1.5, 1.5]], r = (15, −15), offsets centred: b = (5, −5).
    const entries = ['S1', 'S2', 'S3', 'B1', 'B2', 'C1', 'C2'].map((c) => makeEntry(c));
    const scorecards = [
      card('j1', 'S1', 70),
      card('j2', 'S1', 60),
      card('j1', 'S2', 50),
      card('j2', 'S2', 40),
      card('j1', 'S3', 90),
      card('j2', 'S3', 80),
      card('j1', 'B1', 80),
      card('j1', 'B2', 30),
      card('j2', 'C1', 80),
      card('j2', 'C2', 30),
    ];
    const r = results(entries, scorecards, { aggregation: 'calibrated' });
    expect(offsetOf(r).j1).toBeCloseTo(5, 12);
    expect(offsetOf(r).j2).toBeCloseTo(-5, 12);
    expect(scoreOf(r)).toEqual({ S1: 65, S2: 45, S3: 85, B1: 75, B2: 25, C1: 85, C2: 35 });
    // the plain mean ranks j1's entry B1 level with j2's C1; calibrated, C1 (scored by the severe judge) is ahead
    expect(r.entries.map((e) => e.code)).toEqual(['C1', 'S3', 'B1', 'S1', 'S2', 'C2', 'B2']);
    expect(r.judgeOffsets.map((j) => [j.judgeId, j.scorecards, j.prior, j.constant, j.part])).toEqual([
      ['j1', 5, 0, false, 0],
      ['j2', 5, 0, false, 0],
    ]);
    expect(r.method).toMatchObject({ aggregation: 'calibrated', aggregationReason: 'chosen', parts: [] });
  });

  it(`shrinks the offset of a judge with fewer than ${FULL_PRIOR_SCORECARDS} scorecards towards 0 (worked by hand)`, () => {
    // two judges with 2 scorecards each: a prior of 3 pseudo-scorecards each. (L + 3I) b = r with L = [[.5, −.5], [−.5, .5]]
    // and r = (10, −10): 4 b1 = 10, so b = (2.5, −2.5) where the unshrunk estimate would be (10, −10)
    const entries = ['A', 'B', 'C'].map((c) => makeEntry(c));
    const r = results(entries, [card('j1', 'A', 60), card('j2', 'A', 40), card('j1', 'B', 80), card('j2', 'C', 50)], { aggregation: 'calibrated' });
    expect(offsetOf(r).j1).toBeCloseTo(2.5, 12);
    expect(offsetOf(r).j2).toBeCloseTo(-2.5, 12);
    expect(scoreOf(r)).toEqual({ A: 50, B: 77.5, C: 52.5 });
    expect(r.judgeOffsets.map((j) => j.prior)).toEqual([3, 3]);
  });

  it('gives exactly the mean where every judge scored every entry, and the default then is the mean', () => {
    const entries = ['A', 'B', 'C'].map((c) => makeEntry(c));
    const scorecards = ['j1', 'j2', 'j3'].flatMap((j, n) => ['A', 'B', 'C'].map((c, m) => card(j, c, 10 * ((n * 3 + m * 7) % 10))));
    const mean = results(entries, scorecards, { aggregation: 'mean' });
    const calibrated = results(entries, scorecards, { aggregation: 'calibrated' });
    expect(scoreOf(calibrated)).toEqual(scoreOf(mean));
    expect(results(entries, scorecards, { aggregation: 'auto' }).method).toMatchObject({ aggregation: 'mean', aggregationReason: 'complete_panels' });
    // one scorecard fewer: panels differ, and the default calibrates
    expect(results(entries, scorecards.slice(1), { aggregation: 'auto' }).method).toMatchObject({
      aggregation: 'calibrated',
      aggregationReason: 'incomplete_panels',
    });
  });

  it('reports a judge whose totals never vary, and still calibrates', () => {
    const entries = ['A', 'B', 'C', 'D'].map((c) => makeEntry(c));
    const scorecards = [card('flat', 'A', 50), card('flat', 'B', 50), card('flat', 'C', 50), card('j2', 'A', 30), card('j2', 'B', 70), card('j2', 'D', 40)];
    const r = results(entries, scorecards, { aggregation: 'calibrated' });
    expect(r.judgeOffsets.find((j) => j.judgeId === 'flat')).toMatchObject({ constant: true, scorecards: 3 });
    expect(r.judgeOffsets.find((j) => j.judgeId === 'j2')).toMatchObject({ constant: false });
    for (const e of r.entries) expect(Number.isFinite(e.score)).toBe(true);
  });

  it('names the parts of a round whose panels never meet, and centres each part on its own', () => {
    const entries = ['A', 'B', 'C', 'D', 'E'].map((c) => makeEntry(c));
    const scorecards = [card('j1', 'A', 80), card('j2', 'A', 60), card('j1', 'B', 40), card('j3', 'C', 90), card('j4', 'C', 30), card('j4', 'D', 70)];
    const r = results(entries, scorecards, { aggregation: 'auto' });
    expect(r.method.aggregation).toBe('calibrated');
    expect(r.method.parts).toEqual([
      { judgeIds: ['j1', 'j2'], entryIds: ['id-A', 'id-B'] },
      { judgeIds: ['j3', 'j4'], entryIds: ['id-C', 'id-D'] },
    ]);
    const o = offsetOf(r);
    expect(o.j1 + o.j2).toBeCloseTo(0, 12);
    expect(o.j3 + o.j4).toBeCloseTo(0, 12);
    expect(r.judgeOffsets.map((j) => j.part)).toEqual([0, 0, 1, 1]);
    // E has no scorecard: no score, in no part
    expect(r.entries.at(-1)).toMatchObject({ code: 'E', score: null });
  });

  it('refuses an aggregation it does not know', () => {
    expect(() =>
      computeResults({ rubric: TEN, entries: [], scorecards: [], options: { aggregation: 'median' as 'mean', trimmed: false, tieBreaks: [] } }),
    ).toThrow('Choose how totals are combined: one of auto, mean, zscore, calibrated, not median.');
  });
});
