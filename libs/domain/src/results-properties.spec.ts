import fc from 'fast-check';
import {
  AGGREGATION_CHOICES,
  computeResults,
  normaliseTotals,
  rankWithin,
  resultsByCategory,
  resultsByCountry,
  type EntryResult,
  type ResultOptions,
  type ResultsInput,
  type TieBreak,
} from './results.js';
import type { Rubric } from './rubric.js';
import { cardOn, makeCriterion, makeEntry, TEN } from './results.fixtures.js';
import { FULL_PRIOR_SCORECARDS } from './results-calibrate.js';

const SMALL: Rubric = { criteria: [makeCriterion('idea', 'Idea', 0, 2, 1), makeCriterion('craft', 'Craft', 0, 2, 2)], overallComment: false };
const JUDGES = ['j0', 'j1', 'j2', 'j3', 'j4', 'j5'];

const tieBreakChain: fc.Arbitrary<TieBreak[]> = fc
  .record({
    declared: fc.shuffledSubarray<TieBreak>([{ kind: 'criterion', criterion: 'idea' }, { kind: 'criterion', criterion: 'craft' }, { kind: 'first_places' }]),
    organiser: fc.boolean(),
  })
  .map(({ declared, organiser }) => (organiser ? [...declared, { kind: 'organiser' }] : declared));

const optionsArb: fc.Arbitrary<ResultOptions> = fc.record({
  aggregation: fc.constantFrom(...AGGREGATION_CHOICES),
  trimmed: fc.boolean(),
  tieBreaks: tieBreakChain,
  audienceWeight: fc.option(fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })), { nil: undefined }),
});

const roundArb: fc.Arbitrary<ResultsInput> = fc.integer({ min: 0, max: 12 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `e${i}`);
  const entry = (entryId: string) =>
    fc.record({
      entryId: fc.constant(entryId),
      // few codes, so that two entries can share a code and the order falls back to the id
      code: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'),
      categoryId: fc.constantFrom('junior', 'senior'),
      countryCode: fc.constantFrom('TH', 'JP', 'VN'),
    });
  const level = fc.integer({ min: 0, max: 2 });
  const pairs = ids.flatMap((entryId) => JUDGES.map((judgeId) => ({ entryId, judgeId })));
  return fc.record({
    rubric: fc.constant(SMALL),
    entries: fc.tuple(...ids.map(entry)),
    scorecards: fc
      .subarray(pairs)
      .chain((chosen) => fc.tuple(...chosen.map((p) => fc.record({ idea: level, craft: level }).map((scores) => ({ ...p, scores }))))),
    options: optionsArb,
    decisions:
      n >= 2
        ? fc.array(
            fc.shuffledSubarray(ids, { minLength: 2 }).map((entryIds) => ({ entryIds })),
            { maxLength: 3 },
          )
        : fc.constant([]),
    votes: fc.dictionary(fc.constantFrom(...(n ? ids : ['e0'])), fc.nat({ max: 20 }), { maxKeys: n }),
  });
});

/** The same round with its entries, scorecards and decisions listed in another order. */
const withShuffle = roundArb.chain((input) =>
  fc.record({
    input: fc.constant(input),
    shuffled: fc.record({
      ...Object.fromEntries(Object.entries(input).map(([k, v]) => [k, fc.constant(v)])),
      entries: fc.shuffledSubarray(input.entries, { minLength: input.entries.length }),
      scorecards: fc.shuffledSubarray(input.scorecards, { minLength: input.scorecards.length }),
      decisions: fc.shuffledSubarray(input.decisions ?? [], { minLength: input.decisions?.length ?? 0 }),
    }) as fc.Arbitrary<ResultsInput>,
  }),
);

/**
 * What every ranking must satisfy: scored entries first, by score; a rank is 1 + the number of entries ranked
 * strictly above; entries share a rank exactly when the chain left them tied, and then have the same score and name
 * each other; tied entries are listed by code then id; a unique score is decided by the score.
 */
function expectConsistentRanking(entries: EntryResult[]): void {
  const scored = entries.filter((e) => e.score !== null);
  expect(entries.slice(0, scored.length)).toEqual(scored);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    if (e.score === null) {
      expect([e.rank, e.decidedBy, e.tiedWith]).toEqual([scored.length + 1, 'score', []]);
      return;
    }
    if (previous) expect(previous.score!).toBeGreaterThanOrEqual(e.score);
    const sameRank = entries.filter((x) => x.rank === e.rank);
    expect(e.rank).toBe(entries.indexOf(sameRank[0]) + 1);
    expect(sameRank.every((x) => x.score === e.score)).toBe(true);
    expect(e.tiedWith).toEqual(sameRank.filter((x) => x !== e).map((x) => x.code));
    expect(e.decidedBy === 'unresolved').toBe(sameRank.length > 1);
    if (previous && previous.rank === e.rank) expect(previous.code < e.code || (previous.code === e.code && previous.entryId < e.entryId)).toBe(true);
    if (scored.filter((x) => x.score === e.score).length === 1) expect(e.decidedBy).toBe('score');
    else expect(e.decidedBy).not.toBe('score');
  });
}

describe('computeResults: properties', () => {
  it('does not depend on the order of entries, scorecards or decisions', () => {
    fc.assert(
      fc.property(withShuffle, ({ input, shuffled }) => {
        const expected = computeResults(input);
        expect(computeResults(shuffled)).toEqual(expected);
        expect(resultsByCategory(computeResults(shuffled), shuffled.decisions)).toEqual(resultsByCategory(expected, input.decisions));
        expect(resultsByCountry(computeResults(shuffled), shuffled.decisions)).toEqual(resultsByCountry(expected, input.decisions));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks deterministically and consistently with the scores, in the round and in every subset', () => {
    fc.assert(
      fc.property(roundArb, (input) => {
        const r = computeResults(input);
        expect(computeResults(input)).toEqual(r);
        expect(r.entries).toHaveLength(input.entries.length);
        expectConsistentRanking(r.entries);
        // re-ranking everything with the same decisions changes nothing
        expect(rankWithin(r, () => true, input.decisions)).toEqual(r);
        for (const subset of [...Object.values(resultsByCategory(r, input.decisions)), ...Object.values(resultsByCountry(r, input.decisions))])
          expectConsistentRanking(subset.entries);
      }),
      { numRuns: 300 },
    );
  });

  it('is tested on rounds with every kind of decision', () => {
    const kinds = new Set(fc.sample(roundArb, { numRuns: 300, seed: 1 }).flatMap((input) => computeResults(input).entries.map((e) => e.decidedBy)));
    expect([...kinds].sort()).toEqual(['criterion', 'first_places', 'organiser', 'score', 'unresolved']);
  });
});

describe('normalisation: properties', () => {
  /** Equal to nine decimals, the last of which may round either way: the offset totals are other numbers, rounded differently. */
  const expectSame = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1.5e-9);

  it('removes a constant per-judge offset exactly: the normalised totals do not move', () => {
    // totals in quarter points, offsets any number: what is removed is the offset, not a rounding of it
    const cards = fc.array(fc.record({ judge: fc.integer({ min: 0, max: 4 }), total: fc.integer({ min: 0, max: 400 }).map((q) => q / 4) }), { maxLength: 30 });
    const offsets = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(cards, offsets, (cs, off) => {
        const before = normaliseTotals(cs.map((c) => ({ judgeId: `j${c.judge}`, total: c.total })));
        const after = normaliseTotals(cs.map((c) => ({ judgeId: `j${c.judge}`, total: c.total + off[c.judge] })));
        before.forEach((t, i) => expectSame(after[i], t));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives each total the same normalised value, to the last bit, whatever order the totals are listed in', () => {
    // totals in tenths, which binary fractions cannot hold, so a sum that depends on the order shows
    const cards = fc.array(fc.record({ judgeId: fc.constantFrom('a', 'b', 'c'), total: fc.integer({ min: 0, max: 1000 }).map((t) => t / 10) }), {
      maxLength: 20,
    });
    const withOrder = cards.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray([...cs.keys()], { minLength: cs.length })));
    fc.assert(
      fc.property(withOrder, ([cs, order]) => {
        const before = normaliseTotals(cs);
        const after = normaliseTotals(order.map((i) => cs[i]));
        expect(after).toEqual(order.map((i) => before[i]));
      }),
      { numRuns: 1000 },
    );
  });

  it('removes it through computeResults too: lenient and severe judges give the same normalised scores', () => {
    // on TEN, a judge's levels 0–5 shifted up by 0–5 levels: 0–50 points of leniency, levels still in range
    const round = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.record({
        levels: fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { minLength: n, maxLength: n }), { minLength: 4, maxLength: 4 }),
        offsets: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
        trimmed: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(round, ({ levels, offsets, trimmed }) => {
        const entries = levels[0].map((_, i) => makeEntry(`E${i}`));
        const scorecards = (shift: boolean) =>
          levels.flatMap((row, j) =>
            row.flatMap((level, i) => (level === null ? [] : [cardOn(`j${j}`, `E${i}`, { overall: level + (shift ? offsets[j] : 0) })])),
          );
        const options: ResultOptions = { aggregation: 'zscore', trimmed, tieBreaks: [] };
        const score = (shift: boolean) =>
          new Map(computeResults({ rubric: TEN, entries, scorecards: scorecards(shift), options }).entries.map((e) => [e.entryId, e.score]));
        const before = score(false);
        const after = score(true);
        for (const [id, s] of before) {
          if (s === null) expect(after.get(id)).toBeNull();
          else expectSame(after.get(id)!, s);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('calibration: properties', () => {
  // 3–5 judges, each with at least FULL_PRIOR_SCORECARDS scorecards (no prior: see results-calibrate.ts), and one entry
  // every judge scored, so that the panels are connected; levels 0–5 on TEN, so a shift of up to 5 levels stays in range
  const connected = fc
    .record({ judges: fc.integer({ min: 3, max: 5 }), entries: fc.integer({ min: FULL_PRIOR_SCORECARDS, max: 9 }) })
    .chain(({ judges, entries }) =>
      fc.record({
        panels: fc.array(
          fc.shuffledSubarray(
            Array.from({ length: entries - 1 }, (_, i) => i + 1),
            { minLength: FULL_PRIOR_SCORECARDS - 1 },
          ),
          { minLength: judges, maxLength: judges },
        ),
        levels: fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: entries, maxLength: entries }), { minLength: judges, maxLength: judges }),
        shifted: fc.integer({ min: 0, max: judges - 1 }),
        shift: fc.integer({ min: 1, max: 5 }),
        trimmed: fc.boolean(),
        entries: fc.constant(entries),
      }),
    );

  it('leaves the ranking unchanged when a constant is added to all of one judge’s totals', () => {
    fc.assert(
      fc.property(connected, ({ panels, levels, shifted, shift, trimmed, entries: n }) => {
        const entries = Array.from({ length: n }, (_, i) => makeEntry(`E${i}`));
        const scorecards = (by: number) =>
          panels.flatMap((panel, j) => [0, ...panel].map((i) => cardOn(`j${j}`, `E${i}`, { overall: levels[j][i] + (j === shifted ? by : 0) })));
        const compute = (by: number) =>
          computeResults({ rubric: TEN, entries, scorecards: scorecards(by), options: { aggregation: 'calibrated', trimmed, tieBreaks: [] } });
        const before = compute(0);
        const after = compute(shift);
        expect(before.method.parts).toEqual([]);
        expect(after.entries.map((e) => [e.code, e.rank])).toEqual(before.entries.map((e) => [e.code, e.rank]));
        // every score moves by the same amount: the shift shared out among the judges, whose offsets are centred on 0
        const moved = new Map(after.entries.map((e) => [e.code, e.score!]));
        for (const e of before.entries)
          if (e.score === null) expect(moved.get(e.code)).toBeNull();
          else expect(Math.abs(moved.get(e.code)! - e.score - (10 * shift) / panels.length)).toBeLessThanOrEqual(2e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('never removes an entry from the results when a scorecard is added', () => {
    const withExtra = roundArb.chain((input) => {
      const used = new Set(input.scorecards.map((s) => `${s.judgeId} ${s.entryId}`));
      const free = input.entries.flatMap((e) => JUDGES.filter((j) => !used.has(`${j} ${e.entryId}`)).map((judgeId) => ({ judgeId, entryId: e.entryId })));
      return fc.record({
        input: fc.constant(input),
        extra: free.length
          ? fc.record({ pair: fc.constantFrom(...free), scores: fc.record({ idea: fc.integer({ min: 0, max: 2 }), craft: fc.integer({ min: 0, max: 2 }) }) })
          : fc.constant(null),
      });
    });
    fc.assert(
      fc.property(withExtra, ({ input, extra }) => {
        fc.pre(extra !== null);
        const before = computeResults(input);
        const after = computeResults({ ...input, scorecards: [...input.scorecards, { ...extra.pair, scores: extra.scores }] });
        const ids = (r: typeof before) => r.entries.map((e) => e.entryId).sort();
        expect(ids(after)).toEqual(ids(before));
        const scored = new Set(after.entries.filter((e) => e.score !== null).map((e) => e.entryId));
        for (const e of before.entries) if (e.score !== null) expect(scored.has(e.entryId)).toBe(true);
        expect(scored.has(extra.pair.entryId)).toBe(true);
        for (const group of [resultsByCategory(after, input.decisions), resultsByCountry(after, input.decisions)])
          expect(
            Object.values(group)
              .flatMap((g) => g.entries.map((e) => e.entryId))
              .sort(),
          ).toEqual(ids(before));
      }),
      { numRuns: 300 },
    );
  });

  it('is tested on every aggregation, and on calibrated rounds whose panels fall into parts', () => {
    const rounds = fc.sample(roundArb, { numRuns: 300, seed: 1 }).map(computeResults);
    expect(new Set(rounds.map((r) => r.method.aggregation))).toEqual(new Set(['mean', 'zscore', 'calibrated']));
    expect(rounds.some((r) => r.method.parts.length > 1)).toBe(true);
  });
});
