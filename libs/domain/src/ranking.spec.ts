import fc from 'fast-check';
import { rankByMean, type EntryScores } from './ranking.js';

const entry = (code: string, totals: number[]): EntryScores => ({ entryId: `id-${code}`, code, totals });

describe('rankByMean', () => {
  it('ranks by mean total, highest first, with the number of scorecards', () => {
    expect(rankByMean([entry('TH-1', [60, 70]), entry('TH-2', [90, 80, 85]), entry('TH-3', [50])])).toEqual([
      { entryId: 'id-TH-2', code: 'TH-2', rank: 1, mean: 85, judges: 3, tiedWith: [] },
      { entryId: 'id-TH-1', code: 'TH-1', rank: 2, mean: 65, judges: 2, tiedWith: [] },
      { entryId: 'id-TH-3', code: 'TH-3', rank: 3, mean: 50, judges: 1, tiedWith: [] },
    ]);
  });

  it('gives equal means one rank and skips the places they take (1, 2, 2, 4), listing them by code', () => {
    const ranked = rankByMean([entry('C', [70]), entry('D', [60]), entry('B', [80, 60]), entry('A', [90])]);
    expect(ranked.map((r) => [r.code, r.rank, r.tiedWith])).toEqual([
      ['A', 1, []],
      ['B', 2, ['C']],
      ['C', 2, ['B']],
      ['D', 4, []],
    ]);
  });

  it('names every other entry of a three-way tie', () => {
    const ranked = rankByMean([entry('Z', [75]), entry('X', [75]), entry('Y', [70, 80])]);
    expect(ranked.map((r) => [r.code, r.rank, r.tiedWith])).toEqual([
      ['X', 1, ['Y', 'Z']],
      ['Y', 1, ['X', 'Z']],
      ['Z', 1, ['X', 'Y']],
    ]);
  });

  it('sees a tie that floating point would hide', () => {
    // summed as given, A's mean is 70.53333333333335 and B's 70.53333333333333;
    // (73.1 + 72.3) / 2 is 72.69999999999999, not 72.7
    const ranked = rankByMean([entry('A', [77.4, 75.9, 58.3]), entry('B', [58.3, 75.9, 77.4]), entry('C', [73.1, 72.3]), entry('D', [72.7])]);
    expect(ranked.map((r) => [r.code, r.rank, r.mean, r.tiedWith])).toEqual([
      ['C', 1, 72.7, ['D']],
      ['D', 1, 72.7, ['C']],
      ['A', 3, 70.533333333, ['B']],
      ['B', 3, 70.533333333, ['A']],
    ]);
  });

  it('puts entries without a submitted scorecard last, by code, sharing the next rank but not reported as tied', () => {
    const ranked = rankByMean([entry('N2', []), entry('S1', [40]), entry('N1', []), entry('S2', [40])]);
    expect(ranked).toEqual([
      { entryId: 'id-S1', code: 'S1', rank: 1, mean: 40, judges: 1, tiedWith: ['S2'] },
      { entryId: 'id-S2', code: 'S2', rank: 1, mean: 40, judges: 1, tiedWith: ['S1'] },
      { entryId: 'id-N1', code: 'N1', rank: 3, mean: null, judges: 0, tiedWith: [] },
      { entryId: 'id-N2', code: 'N2', rank: 3, mean: null, judges: 0, tiedWith: [] },
    ]);
  });

  it('ranks nothing as nothing', () => {
    expect(rankByMean([])).toEqual([]);
  });

  it('does not depend on the order of the entries, nor of each entry’s totals', () => {
    // few distinct totals, so that ties are common
    const total = fc.constantFrom(0, 12.5, 33.3, 50, 66.7, 87.5, 100);
    const entries = fc.uniqueArray(fc.record({ code: fc.string({ minLength: 1, maxLength: 3 }), totals: fc.array(total, { maxLength: 4 }) }), {
      selector: (e) => e.code,
      maxLength: 12,
    });
    const withShuffles = entries.chain((es) =>
      fc.record({
        entries: fc.constant(es.map((e) => ({ entryId: `id-${e.code}`, ...e }))),
        shuffled: fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length }),
        seeds: fc.array(fc.nat(), { minLength: es.length, maxLength: es.length }),
      }),
    );
    fc.assert(
      fc.property(withShuffles, ({ entries: original, shuffled, seeds }) => {
        const reordered = shuffled.map((e, i) => ({
          entryId: `id-${e.code}`,
          code: e.code,
          // rotate each entry's totals by a generated amount
          totals: e.totals.map((_, j) => e.totals[(j + seeds[i]) % e.totals.length]),
        }));
        expect(rankByMean(reordered)).toEqual(rankByMean(original));
      }),
    );
  });
});
