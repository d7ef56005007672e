import fc from 'fast-check';
import { judgeFlagNote, judgeStats, type JudgeTotals } from './judge-stats.js';

/** Five totals centred on `mean`, 5 points apart: sd √50 ≈ 7.07, far from flat. */
const around = (judgeId: string, mean: number): JudgeTotals => ({ judgeId, totals: [-10, -5, 0, 5, 10].map((d) => mean + d) });

const flagsOf = (judges: JudgeTotals[], options?: Parameters<typeof judgeStats>[1]) =>
  Object.fromEntries(judgeStats(judges, options).judges.map((s) => [s.judgeId, s.flags]));

describe('judgeStats: figures per judge', () => {
  it('computes count, mean, population sd, min, max and the histogram (hand-computed)', () => {
    const { judges } = judgeStats([{ judgeId: 'j1', totals: [40, 50, 60, 70, 80] }]);
    expect(judges).toHaveLength(1);
    const [s] = judges;
    expect(s).toMatchObject({ judgeId: 'j1', count: 5, mean: 60, min: 40, max: 80 });
    // deviations ±20, ±10, 0: (400 + 100 + 0 + 100 + 400) / 5 = 200
    expect(s.sd).toBeCloseTo(Math.sqrt(200), 12);
    expect(s.histogram).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 0]);
  });

  it('buckets by tens, each bucket including its lower edge, with 100 in the last', () => {
    const [s] = judgeStats([{ judgeId: 'j1', totals: [0, 9.99, 10, 55, 89.99, 90, 99.9, 100] }]).judges;
    expect(s.histogram).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 1, 3]);
    expect(s.histogram).toHaveLength(10);
  });

  it('has no figures, only empty buckets, for a judge who submitted nothing', () => {
    const result = judgeStats([{ judgeId: 'j1', totals: [] }]);
    expect(result).toEqual({
      judges: [{ judgeId: 'j1', count: 0, mean: null, sd: null, min: null, max: null, histogram: new Array(10).fill(0), flags: [] }],
      panelMean: null,
      panelSd: null,
      judgeMeansSd: null,
    });
  });

  it('refuses a total outside 0–100: it cannot be a weighted total', () => {
    expect(() => judgeStats([{ judgeId: 'j1', totals: [50, 100.5] }])).toThrow('Judge j1 has a total of 100.5; weighted totals are from 0 to 100.');
    expect(() => judgeStats([{ judgeId: 'j1', totals: [-1] }])).toThrow(RangeError);
    expect(() => judgeStats([{ judgeId: 'j1', totals: [Number.NaN] }])).toThrow(RangeError);
  });
});

describe('judgeStats: the panel', () => {
  it('pools the totals of the judges with at least minCount scorecards', () => {
    const result = judgeStats([around('a', 50), around('b', 70), { judgeId: 'new', totals: [100, 100] }]);
    // a and b: ten totals, mean 60; deviations from 60 are a's and b's own ±10, ±5, 0, each shifted by ∓10
    expect(result.panelMean).toBe(60);
    const squares = [-10, -5, 0, 5, 10].map((d) => (d - 10) ** 2 + (d + 10) ** 2);
    expect(result.panelSd).toBeCloseTo(Math.sqrt(squares.reduce((s, x) => s + x, 0) / 10), 12);
    expect(result.judgeMeansSd).toBe(10);
  });

  it('weighs each judge by the scorecards they submitted', () => {
    const result = judgeStats([around('a', 50), { judgeId: 'b', totals: [...around('b', 80).totals, 80, 80, 80, 80, 80] }]);
    // 5 totals averaging 50 and 10 averaging 80
    expect(result.panelMean).toBe(70);
    expect(result.judgeMeansSd).toBe(15);
  });

  it('falls back to every judge’s totals when nobody has minCount yet, and then flags nobody', () => {
    const result = judgeStats([
      { judgeId: 'a', totals: [40] },
      { judgeId: 'b', totals: [60, 80] },
    ]);
    expect(result.panelMean).toBe(60);
    expect(result.judgeMeansSd).toBeNull();
    expect(result.judges.map((s) => s.flags)).toEqual([[], []]);
  });
});

describe('judgeStats: flags', () => {
  const steady = [around('a', 50), around('b', 52), around('c', 48), around('d', 50)];

  it('flags a judge far above the panel as lenient', () => {
    // means 50, 52, 48, 50, 75: panel 55; deviations −5, −3, −7, −5, 20: sd √101.6 ≈ 10.08, so 1.5 sd ≈ 15.1 < 20
    expect(flagsOf([...steady, around('e', 75)])).toEqual({ a: [], b: [], c: [], d: [], e: ['lenient'] });
  });

  it('flags a judge far below the panel as severe', () => {
    // means 50, 52, 48, 50, 30: panel 46; deviations 4, 6, 2, 4, −16: sd √65.6 ≈ 8.10, so 1.5 sd ≈ 12.1 < 16
    expect(flagsOf([...steady, around('e', 30)])).toEqual({ a: [], b: [], c: [], d: [], e: ['severe'] });
  });

  it('needs at least 10 points, however tight the rest of the panel', () => {
    const four = ['a', 'b', 'c', 'd'].map((id) => around(id, 50));
    // 58: panel 51.6, distance 6.4 > 1.5 × 3.2, but under 10 points
    expect(flagsOf([...four, around('e', 58)]).e).toEqual([]);
    // 62.5: panel 52.5, distance exactly 10 > 1.5 × 5
    expect(flagsOf([...four, around('e', 62.5)]).e).toEqual(['lenient']);
  });

  it('does not flag 16 points on a panel whose judges differ that much anyway', () => {
    // means 30, 40, 60, 70, 70: panel 54; sd of the means √264 ≈ 16.2, so 1.5 sd ≈ 24.4 > 16
    const wide = [around('a', 30), around('b', 40), around('c', 60), around('d', 70), around('e', 70)];
    expect(Object.values(flagsOf(wide)).flat()).toEqual([]);
  });

  it('takes meanDistance from the options', () => {
    const wide = [around('a', 30), around('b', 40), around('c', 60), around('d', 70), around('e', 70)];
    // with 0.9 sd ≈ 14.6: a is 24 below, b 14, d and e 16 above
    expect(flagsOf(wide, { meanDistance: 0.9 })).toEqual({ a: ['severe'], b: [], c: [], d: ['lenient'], e: ['lenient'] });
  });

  it('flags a judge whose totals spread less than 3 points as flat', () => {
    const flat = { judgeId: 'f', totals: [60, 61, 62, 61, 60] }; // sd √0.56 ≈ 0.75
    const justBelow = { judgeId: 'g', totals: [57.5, 62.5, 57.5, 62.5, 57.5, 62.5] }; // sd 2.5
    const exactly3 = { judgeId: 'h', totals: [57, 63, 57, 63, 57, 63] }; // sd 3: not below
    expect(flagsOf([around('a', 60), flat, justBelow, exactly3])).toEqual({ a: [], f: ['flat'], g: ['flat'], h: [] });
    expect(flagsOf([exactly3], { flatSd: 3.5 }).h).toEqual(['flat']);
  });

  it('treats a judge exactly on the threshold alike whatever the totals are shifted by (floating point forgiven)', () => {
    // 12 totals of 38.3 and 4 of 10: panel 31.225, judge means 38.3 and 10, sd 14.15; 10 is exactly 1.5 sd below: not beyond
    const panel = (shift: number): JudgeTotals[] => [
      { judgeId: 'a', totals: new Array(12).fill(38.3 + shift) },
      { judgeId: 'b', totals: new Array(4).fill(10 + shift) },
    ];
    expect(flagsOf(panel(0), { minCount: 3 })).toEqual({ a: ['flat'], b: ['flat'] });
    expect(flagsOf(panel(-10), { minCount: 3 })).toEqual({ a: ['flat'], b: ['flat'] });
    expect(flagsOf(panel(0), { minCount: 3, meanDistance: 1.49 }).b).toEqual(['severe', 'flat']);
  });

  it('can flag a judge both lenient and flat', () => {
    expect(flagsOf([...steady, { judgeId: 'e', totals: [90, 90, 90, 90, 90] }]).e).toEqual(['lenient', 'flat']);
  });

  it('flags nobody with fewer than minCount scorecards, though their figures are shown', () => {
    const fewAndOdd = { judgeId: 'e', totals: [95, 95, 95, 95] };
    const result = judgeStats([...steady, fewAndOdd]);
    expect(result.judges[4]).toMatchObject({ judgeId: 'e', count: 4, mean: 95, sd: 0, flags: [] });
    // and they do not move the panel's figures either
    expect(result.panelMean).toBe(50);
    expect(flagsOf([...steady, fewAndOdd], { minCount: 4 }).e).toEqual(['lenient', 'flat']);
  });
});

describe('judgeFlagNote', () => {
  it('says how far and on how many scorecards, to one decimal, whichever side', () => {
    const result = judgeStats([...['a', 'b', 'c', 'd'].map((id) => around(id, 50)), around('e', 75)]);
    const e = result.judges[4];
    expect(judgeFlagNote('lenient', e, 55)).toMatchObject({ flag: 'lenient', count: 5, points: 20 });
    expect(judgeFlagNote('severe', { ...e, mean: 41.26, count: 12 }, 55)).toMatchObject({ flag: 'severe', count: 12, points: 13.7 });
  });

  it('describes a flat judge by the spread and range of their totals', () => {
    const [s] = judgeStats([{ judgeId: 'f', totals: [60, 61, 62, 61, 60] }]).judges;
    expect(judgeFlagNote('flat', s, 60)).toEqual({ flag: 'flat', count: 5, points: 0.8, sd: 0.7, min: 60, max: 62 });
  });
});

describe('judgeStats under a shift of every total', () => {
  /** Totals in hundredths of a point, so that shifting stays exact and within 0–100. */
  const judgeHundredths = fc
    .record({
      centre: fc.integer({ min: 1000, max: 9000 }),
      spread: fc.constantFrom(0, 100, 300, 500, 2000),
      step: fc.constantFrom(1, 100),
      count: fc.integer({ min: 0, max: 12 }),
    })
    .chain(({ centre, spread, step, count }) =>
      fc
        .array(fc.integer({ min: -spread, max: spread }), { minLength: count, maxLength: count })
        .map((ds) => ds.map((d) => Math.min(10000, Math.max(0, Math.round((centre + d) / step) * step)))),
    );
  const shiftedPanel = fc.array(judgeHundredths, { minLength: 1, maxLength: 8 }).chain((panel) => {
    const all = panel.flat();
    const low = all.length ? -Math.min(...all) : 0;
    const high = all.length ? 10000 - Math.max(...all) : 0;
    return fc.record({ panel: fc.constant(panel), shift: fc.oneof(fc.integer({ min: low, max: high }), fc.constant(low), fc.constant(high)) });
  });
  const asJudges = (panel: number[][], shift: number): JudgeTotals[] => panel.map((ts, i) => ({ judgeId: `j${i}`, totals: ts.map((t) => (t + shift) / 100) }));
  const options = { minCount: 3 };

  it('shifts every mean by the constant and changes no flag', () => {
    fc.assert(
      fc.property(shiftedPanel, ({ panel, shift }) => {
        const before = judgeStats(asJudges(panel, 0), options);
        const after = judgeStats(asJudges(panel, shift), options);
        const c = shift / 100;
        if (before.panelMean === null) expect(after.panelMean).toBeNull();
        else expect(after.panelMean).toBeCloseTo(before.panelMean + c, 9);
        after.judges.forEach((s, i) => {
          const was = before.judges[i];
          expect(s.flags).toEqual(was.flags);
          if (was.mean === null) expect(s.mean).toBeNull();
          else {
            expect(s.mean).toBeCloseTo(was.mean + c, 9);
            expect(s.sd).toBeCloseTo(was.sd ?? Number.NaN, 9);
          }
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('is tested on panels where every kind of flag occurs', () => {
    const flags = fc
      .sample(shiftedPanel, { numRuns: 300, seed: 1 })
      .flatMap(({ panel }) => judgeStats(asJudges(panel, 0), options).judges.flatMap((s) => s.flags));
    for (const flag of ['lenient', 'severe', 'flat'] as const) expect(flags).toContain(flag);
  });
});
