import { MIN_RESAMPLES, rankingConfidence, TOO_CLOSE } from './results-confidence.js';
import type { ResultsInput } from './results.js';
import { card, makeEntry, RAW, TEN } from './results.fixtures.js';

/**
 * Six entries, four judges, three on each entry: A is far ahead, B and C are level (the same totals from judges of
 * the same leniency), then D, E and F well behind. Judge j4 is lenient by about 20 points everywhere.
 */
function round(): ResultsInput {
  const panels: Record<string, [string, number][]> = {
    A: [
      ['j1', 90],
      ['j2', 90],
      ['j4', 100],
    ],
    B: [
      ['j1', 60],
      ['j3', 70],
      ['j4', 80],
    ],
    C: [
      ['j2', 60],
      ['j3', 70],
      ['j4', 80],
    ],
    D: [
      ['j1', 30],
      ['j2', 40],
      ['j3', 30],
    ],
    E: [
      ['j1', 20],
      ['j3', 20],
      ['j4', 50],
    ],
    F: [
      ['j2', 10],
      ['j3', 20],
      ['j4', 30],
    ],
  };
  return {
    rubric: TEN,
    entries: Object.keys(panels).map((c) => makeEntry(c)),
    scorecards: Object.entries(panels).flatMap(([code, cards]) => cards.map(([j, t]) => card(j, code, t))),
    options: { ...RAW, aggregation: 'auto' },
  };
}

describe('rankingConfidence', () => {
  it('is sure of an entry far ahead and flags two entries too close to call', () => {
    const c = rankingConfidence(round(), { cutoffs: [1, 2] });
    expect(c).toMatchObject({ resamples: MIN_RESAMPLES, seed: 1, aggregation: 'calibrated' });
    const [first, second] = c.cutoffs;
    expect(first.position).toBe(1);
    expect(first.entries.map((e) => [e.code, e.position])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
      ['D', 4],
    ]);
    expect(first.entries[0].above).toBeGreaterThan(0.95);
    expect(first.pairs[0]).toMatchObject({ higherCode: 'A', lowerCode: 'B', tooClose: false });
    expect(first.pairs[0].probability).toBeGreaterThan(0.95);
    // B and C: level, so about even, and flagged
    const bc = second.pairs.find((p) => p.higherCode === 'B' && p.lowerCode === 'C')!;
    expect(Math.abs(bc.probability - 0.5)).toBeLessThan(0.1);
    expect(bc.tooClose).toBe(true);
    expect(second.entries.find((e) => e.code === 'B')!.above).toBeGreaterThan(0.3);
    expect(second.entries.find((e) => e.code === 'C')!.above).toBeGreaterThan(0.3);
    for (const cut of c.cutoffs) for (const p of cut.pairs) expect(p.tooClose).toBe(Math.max(p.probability, 1 - p.probability) < TOO_CLOSE);
  });

  it('gives each judge an offset and a scale with an interval around them', () => {
    const { judges, noise } = rankingConfidence(round(), { cutoffs: [1] });
    expect(noise).toBeGreaterThan(0);
    expect(judges.map((j) => j.judgeId)).toEqual(['j1', 'j2', 'j3', 'j4']);
    const j4 = judges.find((j) => j.judgeId === 'j4')!;
    expect(j4.offset).toBeGreaterThan(5);
    for (const j of judges) {
      expect(j.offsetInterval![0]).toBeLessThanOrEqual(j.offset);
      expect(j.offsetInterval![1]).toBeGreaterThanOrEqual(j.offset);
      expect(j.scale).not.toBeNull();
      expect(j.scaleInterval![0]).toBeLessThanOrEqual(j.scale!);
      expect(j.scaleInterval![1]).toBeGreaterThanOrEqual(j.scale!);
    }
  });

  it('gives the same figures for the same seed, whatever the order of the rows, and others for another seed', () => {
    const input = round();
    const a = rankingConfidence(input, { cutoffs: [2, 1] });
    const shuffled = { ...input, entries: [...input.entries].reverse(), scorecards: [...input.scorecards].reverse() };
    expect(rankingConfidence(shuffled, { cutoffs: [1, 2] })).toEqual(a);
    const other = rankingConfidence(input, { cutoffs: [1, 2], seed: 7 });
    expect(other.cutoffs[1].pairs.map((p) => p.probability)).not.toEqual(a.cutoffs[1].pairs.map((p) => p.probability));
  });

  it('reports a judge whose totals never vary, with no scale to divide by', () => {
    const input = round();
    input.scorecards = input.scorecards.map((s) => (s.judgeId === 'j3' ? { ...s, scores: { overall: 5 } } : s));
    const j3 = rankingConfidence(input, { cutoffs: [1] }).judges.find((j) => j.judgeId === 'j3')!;
    expect(j3).toMatchObject({ constant: true, scale: 0, scaleInterval: null });
    expect(Number.isFinite(j3.offset)).toBe(true);
  });

  it(`refuses fewer than ${MIN_RESAMPLES} resamples, and leaves out cut-offs outside the scored entries`, () => {
    expect(() => rankingConfidence(round(), { cutoffs: [1], resamples: 999 })).toThrow(`Use at least ${MIN_RESAMPLES} resamples, not 999.`);
    expect(rankingConfidence(round(), { cutoffs: [0, 6, 7, 2.5, 3] }).cutoffs.map((c) => c.position)).toEqual([3]);
  });
});

describe('rankingConfidence on a round without noise', () => {
  it('shares a place between entries tied across the line: half each', () => {
    // every judge gives each entry the same level: no noise, no offsets; B and C exactly level at the line after 2
    const levels: Record<string, number> = { A: 10, B: 6, C: 6, D: 2 };
    const input: ResultsInput = {
      rubric: TEN,
      entries: Object.keys(levels).map((c) => makeEntry(c)),
      scorecards: Object.entries(levels).flatMap(([code, l], n) => ['j1', 'j2', 'j3'].filter((_, j) => j !== n % 3).map((j) => card(j, code, 10 * l))),
      options: { ...RAW, aggregation: 'auto' },
    };
    const [line] = rankingConfidence(input, { cutoffs: [2] }).cutoffs;
    expect(line.entries.map((e) => [e.code, e.above])).toEqual([
      ['A', 1],
      ['B', 0.5],
      ['C', 0.5],
      ['D', 0],
    ]);
    expect(line.pairs.map((p) => [p.higherCode, p.lowerCode, p.probability, p.tooClose])).toEqual([
      ['A', 'B', 1, false],
      ['B', 'C', 0.5, true],
      ['C', 'D', 1, false],
    ]);
  });
});
