import fc from 'fast-check';
import {
  checkResultOptions,
  computeResults,
  DEFAULT_RESULT_OPTIONS,
  normaliseTotals,
  rankWithin,
  resultsByCategory,
  resultsByCountry,
  type EntryResult,
  type OrganiserDecision,
  type ResultEntryInput,
  type ResultOptions,
  type ResultScorecardInput,
  type ResultsInput,
  type TieBreak,
} from './results.js';
import { DEFAULT_RUBRIC, type Criterion, type Rubric } from './rubric.js';
import type { Scores } from './scorecard.js';

function makeCriterion(key: string, name: string, scaleMin: number, scaleMax: number, weight = 1): Criterion {
  return {
    key,
    name: { en: name },
    description: { en: `About ${name}` },
    weight,
    scaleMin,
    scaleMax,
    levels: Array.from({ length: scaleMax - scaleMin + 1 }, (_, i) => ({ score: scaleMin + i, descriptor: { en: `Level ${scaleMin + i}` } })),
  };
}

/** One criterion from 0 to 10, so a scorecard's weighted total is ten times its level: easy to work by hand. */
const TEN: Rubric = { criteria: [makeCriterion('overall', 'Overall', 0, 10)], overallComment: false };
/** Two equal criteria from 0 to 10: the total is 5 × (idea + craft), so entries can tie on totals but not on a criterion. */
const TWO: Rubric = { criteria: [makeCriterion('idea', 'Idea', 0, 10), makeCriterion('craft', 'Craft', 0, 10)], overallComment: false };

const makeEntry = (code: string, overrides: Partial<ResultEntryInput> = {}): ResultEntryInput => ({
  entryId: `id-${code}`,
  code,
  categoryId: 'junior',
  countryCode: 'TH',
  ...overrides,
});
/** A scorecard on TEN with this total (a multiple of 10). */
const card = (judgeId: string, code: string, total: number): ResultScorecardInput => ({ entryId: `id-${code}`, judgeId, scores: { overall: total / 10 } });
const cardOn = (judgeId: string, code: string, scores: Scores): ResultScorecardInput => ({ entryId: `id-${code}`, judgeId, scores });

const RAW: ResultOptions = { normalise: false, trimmed: false, tieBreaks: [] };

function results(entries: ResultEntryInput[], scorecards: ResultScorecardInput[], options: Partial<ResultOptions> = {}, rest: Partial<ResultsInput> = {}) {
  return computeResults({ rubric: TEN, entries, scorecards, options: { ...RAW, ...options }, ...rest });
}

const table = (entries: EntryResult[]) => entries.map((e) => [e.code, e.rank, e.score, e.decidedBy, e.tiedWith]);

describe('computeResults: scores', () => {
  it('ranks by the plain mean of weighted totals, with the figures behind it', () => {
    const r = results(
      [makeEntry('A'), makeEntry('B'), makeEntry('C')],
      [card('j1', 'A', 60), card('j2', 'A', 70), card('j1', 'B', 90), card('j2', 'B', 80), card('j3', 'B', 70), card('j3', 'C', 50)],
    );
    expect(r.entries).toEqual([
      // j1's top is B (90), j2's is B (80), j3's is B (70): three first places
      {
        ...makeEntry('B'),
        rank: 1,
        score: 80,
        rawMean: 80,
        judges: 3,
        criterionMeans: { overall: 8 },
        firstPlaces: 3,
        audienceVotes: 0,
        decidedBy: 'score',
        tiedWith: [],
      },
      {
        ...makeEntry('A'),
        rank: 2,
        score: 65,
        rawMean: 65,
        judges: 2,
        criterionMeans: { overall: 6.5 },
        firstPlaces: 0,
        audienceVotes: 0,
        decidedBy: 'score',
        tiedWith: [],
      },
      {
        ...makeEntry('C'),
        rank: 3,
        score: 50,
        rawMean: 50,
        judges: 1,
        criterionMeans: { overall: 5 },
        firstPlaces: 0,
        audienceVotes: 0,
        decidedBy: 'score',
        tiedWith: [],
      },
    ]);
  });

  it('totals each scorecard with the rubric weights (the default rubric, worked by hand)', () => {
    // positions 3/4, 2/4, 4/4, 1/4, 4/4 with weights 30, 20, 25, 15, 10: 22.5 + 10 + 25 + 3.75 + 10 = 71.25
    const scores = { message: 4, creativity: 3, impact: 5, production: 2, rules: 5 };
    const r = computeResults({ rubric: DEFAULT_RUBRIC, entries: [makeEntry('A')], scorecards: [cardOn('j1', 'A', scores)], options: RAW });
    expect(r.entries[0]).toMatchObject({ score: 71.25, rawMean: 71.25, criterionMeans: scores });
  });

  it('normalises each judge’s totals to z-scores, rescaled by the pooled spread (worked by hand)', () => {
    // lenient judge L: A 90, B 70: mean 80, sd 10, variance 100; z = +1, −1
    // severe judge S: C 30, D 50, E 10: mean 30, variance 800/3, sd √(800/3); z = 0, +√(3/2)·… = ±20/√(800/3)
    // pooled S = √((100 + 800/3) / 2) = √(550/3) ≈ 13.540
    // A = 50 + √(550/3), B = 50 − √(550/3), C = 50, D = 50 + 20·√(550/800) = 50 + 5√11, E = 50 − 5√11
    const entries = ['A', 'B', 'C', 'D', 'E'].map((c) => makeEntry(c));
    const scorecards = [card('L', 'A', 90), card('L', 'B', 70), card('S', 'C', 30), card('S', 'D', 50), card('S', 'E', 10)];
    const raw = results(entries, scorecards);
    expect(raw.entries.map((e) => e.code)).toEqual(['A', 'B', 'D', 'C', 'E']);
    const normalised = results(entries, scorecards, { normalise: true });
    expect(normalised.entries.map((e) => e.code)).toEqual(['D', 'A', 'C', 'B', 'E']);
    const score = Object.fromEntries(normalised.entries.map((e) => [e.code, e.score]));
    expect(score.A).toBeCloseTo(50 + Math.sqrt(550 / 3), 8);
    expect(score.B).toBeCloseTo(50 - Math.sqrt(550 / 3), 8);
    expect(score.C).toBe(50);
    expect(score.D).toBeCloseTo(50 + 5 * Math.sqrt(11), 8);
    expect(score.E).toBeCloseTo(50 - 5 * Math.sqrt(11), 8);
    // the raw mean is still reported beside the calibrated score
    expect(normalised.entries.find((e) => e.code === 'B')?.rawMean).toBe(70);
  });

  it('gives 50 to a judge’s only scorecard and to a judge who gave everything the same total', () => {
    const totals = normaliseTotals([
      { judgeId: 'once', total: 95 },
      { judgeId: 'flat', total: 40 },
      { judgeId: 'flat', total: 40 },
      { judgeId: 'wide', total: 20 },
      { judgeId: 'wide', total: 80 },
    ]);
    // pooled over 'flat' (variance 0) and 'wide' (variance 900): √450
    expect(totals.slice(0, 3)).toEqual([50, 50, 50]);
    expect(totals[3]).toBeCloseTo(50 - Math.sqrt(450), 12);
    expect(totals[4]).toBeCloseTo(50 + Math.sqrt(450), 12);
    // nobody with two scorecards: nothing to calibrate, everything in the middle
    expect(
      normaliseTotals([
        { judgeId: 'a', total: 10 },
        { judgeId: 'b', total: 90 },
      ]),
    ).toEqual([50, 50]);
    expect(() => normaliseTotals([{ judgeId: 'a', total: Number.NaN }])).toThrow(RangeError);
  });

  it('trims the highest and lowest total from entries with 5 or more judges, not fewer', () => {
    const five = ['j1', 'j2', 'j3', 'j4', 'j5'].map((j, i) => card(j, 'FIVE', [10, 60, 70, 80, 100][i]));
    const four = ['j1', 'j2', 'j3', 'j4'].map((j, i) => card(j, 'FOUR', [10, 60, 70, 100][i]));
    const entries = [makeEntry('FIVE'), makeEntry('FOUR')];
    const trimmed = results(entries, [...five, ...four], { trimmed: true });
    expect(trimmed.entries.map((e) => [e.code, e.score, e.rawMean, e.judges])).toEqual([
      ['FIVE', 70, 64, 5], // (60 + 70 + 80) / 3
      ['FOUR', 60, 60, 4], // too few to trim: (10 + 60 + 70 + 100) / 4
    ]);
    expect(results(entries, [...five, ...four]).entries.map((e) => [e.code, e.score])).toEqual([
      ['FIVE', 64],
      ['FOUR', 60],
    ]);
  });

  it('keeps the judges’ score when the audience weight is 0 or absent, and mixes the vote share in above 0', () => {
    const entries = [makeEntry('A'), makeEntry('B'), makeEntry('C')];
    const scorecards = [card('j1', 'A', 80), card('j1', 'B', 60), card('j1', 'C', 40)];
    const votes = { 'id-A': 10, 'id-B': 40, 'id-C': 0 };
    for (const options of [{}, { audienceWeight: 0 }]) {
      const r = results(entries, scorecards, options, { votes });
      expect(r.entries.map((e) => [e.code, e.score, e.audienceVotes])).toEqual([
        ['A', 80, 10],
        ['B', 60, 40],
        ['C', 40, 0],
      ]);
    }
    // shares of the most votes (40): A 25, B 100, C 0; half and half: A 52.5, B 80, C 20
    const mixed = results(entries, scorecards, { audienceWeight: 0.5 }, { votes });
    expect(mixed.entries.map((e) => [e.code, e.score, e.rawMean])).toEqual([
      ['B', 80, 60],
      ['A', 52.5, 80],
      ['C', 20, 40],
    ]);
    // nobody voted: every share is 0, so the judges' order stands, scaled by 1 − w
    expect(results(entries, scorecards, { audienceWeight: 0.25 }).entries.map((e) => [e.code, e.score])).toEqual([
      ['A', 60],
      ['B', 45],
      ['C', 30],
    ]);
  });

  it('keeps every criterion mean as an own property, even for a criterion keyed "__proto__"', () => {
    const rubric: Rubric = { criteria: [makeCriterion('__proto__', 'Odd', 0, 10), makeCriterion('craft', 'Craft', 0, 10)], overallComment: false };
    const scores: Scores = JSON.parse('{"__proto__": 4, "craft": 6}');
    const [e] = computeResults({ rubric, entries: [makeEntry('A')], scorecards: [cardOn('j1', 'A', scores)], options: RAW }).entries;
    expect(Object.keys(e.criterionMeans)).toEqual(['__proto__', 'craft']);
    expect(Object.getPrototypeOf(e.criterionMeans)).toBe(Object.prototype);
    expect(e.score).toBe(50);
  });

  it('refuses inconsistent input, saying what is wrong', () => {
    const entries = [makeEntry('A')];
    expect(() => results([makeEntry('A'), makeEntry('A')], [])).toThrow('Entry id-A is listed twice.');
    expect(() => results(entries, [card('j1', 'Z', 50)])).toThrow('Judge j1 has a scorecard for entry id-Z, which is not among the entries.');
    expect(() => results(entries, [card('j1', 'A', 50), card('j1', 'A', 60)])).toThrow('Judge j1 has two scorecards for entry id-A');
    expect(() => results(entries, [cardOn('j1', 'A', {})])).toThrow(RangeError);
    expect(() => results(entries, [], {}, { votes: { 'id-A': -1 } })).toThrow('Entry id-A has -1 audience votes');
    expect(() => results(entries, [], { audienceWeight: 2 })).toThrow('Give the audience vote a weight from 0 to 1');
  });
});

describe('computeResults: ranking and ties', () => {
  it('shares a rank among entries the chain leaves tied (1, 2, 2, 2, 5), each naming the others', () => {
    const r = results(
      ['A', 'B', 'C', 'D', 'E'].map((c) => makeEntry(c)),
      [card('j1', 'D', 70), card('j1', 'B', 70), card('j2', 'C', 70), card('j2', 'A', 80), card('j3', 'E', 50)],
    );
    expect(table(r.entries)).toEqual([
      ['A', 1, 80, 'score', []],
      ['B', 2, 70, 'unresolved', ['C', 'D']],
      ['C', 2, 70, 'unresolved', ['B', 'D']],
      ['D', 2, 70, 'unresolved', ['B', 'C']],
      ['E', 5, 50, 'score', []],
    ]);
  });

  it('breaks a tie by the higher mean on a criterion', () => {
    // both total 5 × 12 = 60; A is stronger on the idea, B on the craft
    const input = (criterion: string): ResultsInput => ({
      rubric: TWO,
      entries: [makeEntry('A'), makeEntry('B')],
      scorecards: [cardOn('j1', 'A', { idea: 8, craft: 4 }), cardOn('j1', 'B', { idea: 4, craft: 8 })],
      options: { ...RAW, tieBreaks: [{ kind: 'criterion', criterion }] },
    });
    expect(table(computeResults(input('idea')).entries)).toEqual([
      ['A', 1, 60, 'criterion', []],
      ['B', 2, 60, 'criterion', []],
    ]);
    expect(table(computeResults(input('craft')).entries)).toEqual([
      ['B', 1, 60, 'criterion', []],
      ['A', 2, 60, 'criterion', []],
    ]);
    expect(computeResults(input('idea')).entries[0].criterionMeans).toEqual({ idea: 8, craft: 4 });
  });

  it('breaks a tie by first places: judges whose top total the entry has', () => {
    // A: 90 (j1's top), 50, 70 (j3 gave C 100); B: 60, 80 (j2's top), 70 (j4's only card): both 70
    const r = results(
      [makeEntry('A'), makeEntry('B'), makeEntry('C')],
      [card('j1', 'A', 90), card('j1', 'B', 60), card('j2', 'A', 50), card('j2', 'B', 80), card('j3', 'A', 70), card('j3', 'C', 100), card('j4', 'B', 70)],
      { tieBreaks: [{ kind: 'first_places' }] },
    );
    expect(r.entries.map((e) => [e.code, e.rank, e.score, e.firstPlaces, e.decidedBy])).toEqual([
      ['C', 1, 100, 1, 'score'],
      ['B', 2, 70, 2, 'first_places'],
      ['A', 3, 70, 1, 'first_places'],
    ]);
  });

  it('counts a first place for every entry sharing a judge’s top total', () => {
    const r = results([makeEntry('X'), makeEntry('Y'), makeEntry('Z')], [card('j1', 'X', 80), card('j1', 'Y', 80), card('j1', 'Z', 50)]);
    expect(r.entries.map((e) => [e.code, e.firstPlaces])).toEqual([
      ['X', 1],
      ['Y', 1],
      ['Z', 0],
    ]);
  });

  it('applies the chain in order, each link only to what the previous left tied', () => {
    // A, B, C all 60; on the idea A leads (9) and B and C tie (5); first places then split B and C
    const r = computeResults({
      rubric: TWO,
      entries: [makeEntry('A'), makeEntry('B'), makeEntry('C'), makeEntry('D')],
      scorecards: [
        cardOn('j1', 'A', { idea: 9, craft: 3 }),
        cardOn('j1', 'D', { idea: 10, craft: 10 }),
        cardOn('j2', 'B', { idea: 5, craft: 7 }),
        cardOn('j3', 'C', { idea: 5, craft: 7 }),
        cardOn('j3', 'D', { idea: 10, craft: 10 }),
      ],
      options: { ...RAW, tieBreaks: [{ kind: 'criterion', criterion: 'idea' }, { kind: 'first_places' }] },
    });
    expect(table(r.entries)).toEqual([
      ['D', 1, 100, 'score', []],
      ['A', 2, 60, 'criterion', []],
      ['B', 3, 60, 'first_places', []], // j2's top
      ['C', 4, 60, 'first_places', []], // j3 gave D more
    ]);
  });

  it('leaves a tie the whole chain cannot break unresolved, in code order', () => {
    const r = results([makeEntry('B'), makeEntry('A')], [card('j1', 'A', 70), card('j2', 'B', 70)], { tieBreaks: [{ kind: 'first_places' }] });
    expect(table(r.entries)).toEqual([
      ['A', 1, 70, 'unresolved', ['B']],
      ['B', 1, 70, 'unresolved', ['A']],
    ]);
  });

  it('records the organiser’s decision as what decided the tie', () => {
    const entries = [makeEntry('A'), makeEntry('B'), makeEntry('C')];
    const scorecards = [card('j1', 'A', 70), card('j2', 'B', 70), card('j3', 'C', 90)];
    const organiser = { tieBreaks: [{ kind: 'first_places' }, { kind: 'organiser' }] as TieBreak[] };
    const decided = results(entries, scorecards, organiser, { decisions: [{ entryIds: ['id-B', 'id-A'] }] });
    expect(table(decided.entries)).toEqual([
      ['C', 1, 90, 'score', []],
      ['B', 2, 70, 'organiser', []],
      ['A', 3, 70, 'organiser', []],
    ]);
    // a decision taken over a wider tie (it lists more entries) still orders these two
    const wider = results(entries, scorecards, organiser, { decisions: [{ entryIds: ['id-X', 'id-B', 'id-C', 'id-A'] }] });
    expect(wider.entries.map((e) => [e.code, e.decidedBy])).toEqual([
      ['C', 'score'],
      ['B', 'organiser'],
      ['A', 'organiser'],
    ]);
  });

  it('leaves the tie unresolved when no decision covers all of it, or when the decisions that do disagree', () => {
    const entries = [makeEntry('A'), makeEntry('B'), makeEntry('C')];
    const scorecards = [card('j1', 'A', 70), card('j2', 'B', 70), card('j3', 'C', 70)];
    const organiser = { tieBreaks: [{ kind: 'organiser' }] as TieBreak[] };
    const partial = results(entries, scorecards, organiser, { decisions: [{ entryIds: ['id-B', 'id-A'] }] });
    expect(table(partial.entries)).toEqual([
      ['A', 1, 70, 'unresolved', ['B', 'C']],
      ['B', 1, 70, 'unresolved', ['A', 'C']],
      ['C', 1, 70, 'unresolved', ['A', 'B']],
    ]);
    const conflicting: OrganiserDecision[] = [{ entryIds: ['id-C', 'id-B', 'id-A'] }, { entryIds: ['id-A', 'id-B', 'id-C'] }];
    expect(results(entries, scorecards, organiser, { decisions: conflicting }).entries.map((e) => e.decidedBy)).toEqual([
      'unresolved',
      'unresolved',
      'unresolved',
    ]);
    // two decisions that agree are fine
    const agreeing: OrganiserDecision[] = [{ entryIds: ['id-C', 'id-B', 'id-A'] }, { entryIds: ['id-Q', 'id-C', 'id-B', 'id-A'] }];
    expect(results(entries, scorecards, organiser, { decisions: agreeing }).entries.map((e) => [e.code, e.rank])).toEqual([
      ['C', 1],
      ['B', 2],
      ['A', 3],
    ]);
  });

  it('puts entries without a scorecard last, by code, sharing the next rank but not reported as tied', () => {
    const r = results(
      [makeEntry('N2'), makeEntry('S1'), makeEntry('N1'), makeEntry('S2')],
      [card('j1', 'S1', 40), card('j2', 'S2', 40)],
      {},
      { votes: { 'id-N1': 3 } },
    );
    expect(r.entries.slice(2)).toEqual([
      {
        ...makeEntry('N1'),
        rank: 3,
        score: null,
        rawMean: null,
        judges: 0,
        criterionMeans: {},
        firstPlaces: 0,
        audienceVotes: 3,
        decidedBy: 'score',
        tiedWith: [],
      },
      {
        ...makeEntry('N2'),
        rank: 3,
        score: null,
        rawMean: null,
        judges: 0,
        criterionMeans: {},
        firstPlaces: 0,
        audienceVotes: 0,
        decidedBy: 'score',
        tiedWith: [],
      },
    ]);
    expect(table(r.entries.slice(0, 2))).toEqual([
      ['S1', 1, 40, 'unresolved', ['S2']],
      ['S2', 1, 40, 'unresolved', ['S1']],
    ]);
  });

  it('sees a tie that floating point would hide', () => {
    // on the default rubric, 0, 0 and 41.25 average 13.75 exactly, but the one scorecard worth 13.75 totals
    // 13.750000000000002 in floating point
    const ones = { message: 1, creativity: 1, impact: 1, production: 1, rules: 1 };
    const r = computeResults({
      rubric: DEFAULT_RUBRIC,
      entries: [makeEntry('A'), makeEntry('B')],
      scorecards: [
        cardOn('j1', 'A', ones),
        cardOn('j2', 'A', ones),
        cardOn('j3', 'A', { message: 5, creativity: 2, impact: 2, production: 1, rules: 1 }),
        cardOn('j4', 'B', { message: 2, creativity: 1, impact: 2, production: 1, rules: 1 }),
      ],
      options: RAW,
    });
    expect(table(r.entries)).toEqual([
      ['A', 1, 13.75, 'unresolved', ['B']],
      ['B', 1, 13.75, 'unresolved', ['A']],
    ]);
  });
});

describe('rankWithin, resultsByCategory, resultsByCountry', () => {
  const entries = [
    makeEntry('A', { categoryId: 'junior', countryCode: 'TH' }),
    makeEntry('B', { categoryId: 'senior', countryCode: 'TH' }),
    makeEntry('C', { categoryId: 'junior', countryCode: 'JP' }),
    makeEntry('D', { categoryId: 'senior', countryCode: 'JP' }),
    makeEntry('E', { categoryId: 'junior', countryCode: 'TH' }),
  ];
  const scorecards = [card('j1', 'A', 90), card('j1', 'B', 70), card('j2', 'C', 70), card('j2', 'D', 50), card('j3', 'E', 70), card('j3', 'D', 50)];
  const round = results(entries, scorecards, { normalise: true, tieBreaks: [{ kind: 'organiser' }] });

  it('ranks the round as a whole first', () => {
    // j1: A +1, B −1; j2: C +1, D −1; j3: E +1, D −1; pooled sd 10, so A, C, E 60, B 40, D 40
    expect(table(round.entries)).toEqual([
      ['A', 1, 60, 'unresolved', ['C', 'E']],
      ['C', 1, 60, 'unresolved', ['A', 'E']],
      ['E', 1, 60, 'unresolved', ['A', 'C']],
      ['B', 4, 40, 'unresolved', ['D']],
      ['D', 4, 40, 'unresolved', ['B']],
    ]);
  });

  it('re-ranks each category from 1 with the round-wide scores', () => {
    const byCategory = resultsByCategory(round);
    expect(Object.keys(byCategory)).toEqual(['junior', 'senior']);
    expect(table(byCategory.junior.entries)).toEqual([
      ['A', 1, 60, 'unresolved', ['C', 'E']],
      ['C', 1, 60, 'unresolved', ['A', 'E']],
      ['E', 1, 60, 'unresolved', ['A', 'C']],
    ]);
    // B and D tied in the round, and still do within senior; the method sentence travels along
    expect(table(byCategory.senior.entries)).toEqual([
      ['B', 1, 40, 'unresolved', ['D']],
      ['D', 1, 40, 'unresolved', ['B']],
    ]);
    expect(byCategory.senior.method).toBe(round.method);
  });

  it('re-ranks each country: a tie across countries is no tie within one', () => {
    const byCountry = resultsByCountry(round);
    expect(Object.keys(byCountry)).toEqual(['JP', 'TH']);
    expect(table(byCountry.JP.entries)).toEqual([
      ['C', 1, 60, 'score', []],
      ['D', 2, 40, 'score', []],
    ]);
    expect(table(byCountry.TH.entries)).toEqual([
      ['A', 1, 60, 'unresolved', ['E']],
      ['E', 1, 60, 'unresolved', ['A']],
      ['B', 3, 40, 'score', []],
    ]);
  });

  it('applies decisions taken for a subset, and keeps the scores as computed round-wide', () => {
    const thai = rankWithin(round, (e) => e.countryCode === 'TH', [{ entryIds: ['id-E', 'id-A'] }]);
    expect(table(thai.entries)).toEqual([
      ['E', 1, 60, 'organiser', []],
      ['A', 2, 60, 'organiser', []],
      ['B', 3, 40, 'score', []],
    ]);
    // normalisation stayed round-wide: within TH alone, j3's one card would have been 50
    expect(thai.entries.map((e) => e.score)).toEqual([60, 60, 40]);
    expect(resultsByCategory(round, [{ entryIds: ['id-E', 'id-C', 'id-A'] }]).junior.entries.map((e) => [e.code, e.rank])).toEqual([
      ['E', 1],
      ['C', 2],
      ['A', 3],
    ]);
  });

  it('keeps nothing as an empty table', () => {
    expect(rankWithin(round, () => false).entries).toEqual([]);
    expect(resultsByCountry(results([], []))).toEqual({});
  });
});

describe('checkResultOptions and the method sentence', () => {
  it('accepts the default options and a full chain on the default rubric', () => {
    expect(DEFAULT_RESULT_OPTIONS).toEqual({ normalise: false, trimmed: false, tieBreaks: [{ kind: 'first_places' }, { kind: 'organiser' }] });
    expect(checkResultOptions(DEFAULT_RUBRIC, DEFAULT_RESULT_OPTIONS)).toEqual([]);
    const full: ResultOptions = {
      normalise: true,
      trimmed: true,
      audienceWeight: 1,
      tieBreaks: [{ kind: 'criterion', criterion: 'creativity' }, { kind: 'criterion', criterion: 'message' }, { kind: 'first_places' }, { kind: 'organiser' }],
    };
    expect(checkResultOptions(DEFAULT_RUBRIC, full)).toEqual([]);
  });

  it('names every problem in words an organiser can act on', () => {
    const bad: ResultOptions = {
      normalise: false,
      trimmed: false,
      audienceWeight: 1.5,
      tieBreaks: [{ kind: 'organiser' }, { kind: 'criterion', criterion: 'humour' }, { kind: 'first_places' }, { kind: 'first_places' }],
    };
    expect(checkResultOptions(DEFAULT_RUBRIC, bad)).toEqual([
      "Tie-break 1, the organiser's decision, must come last: organisers decide only the ties the declared rules leave. Move it to the end.",
      'Tie-break 2 compares the criterion "humour", which this rubric does not have. Choose one of: “Security message”, “Creativity”, “Impact on the target audience”, “Production quality”, “Respect of the rules”.',
      'Tie-break 4 repeats tie-break 3 (more first places): a tie it did not break the first time, it cannot break the second. Remove it.',
      'Give the audience vote a weight from 0 to 1 (0 leaves the votes out of the score); 1.5 is outside that range.',
    ]);
  });

  it('sees a criterion repeated, a negative or missing weight, and a kind it does not know', () => {
    const twice: TieBreak[] = [
      { kind: 'criterion', criterion: 'impact' },
      { kind: 'criterion', criterion: 'rules' },
      { kind: 'criterion', criterion: 'impact' },
    ];
    expect(checkResultOptions(DEFAULT_RUBRIC, { ...RAW, tieBreaks: twice })).toEqual([
      'Tie-break 3 repeats tie-break 1 (higher “Impact on the target audience”): a tie it did not break the first time, it cannot break the second. Remove it.',
    ]);
    expect(checkResultOptions(DEFAULT_RUBRIC, { ...RAW, audienceWeight: -0.1 })).toHaveLength(1);
    expect(checkResultOptions(DEFAULT_RUBRIC, { ...RAW, audienceWeight: Number.NaN })).toHaveLength(1);
    const unknown = [{ kind: 'coin_toss' }] as unknown as TieBreak[];
    expect(checkResultOptions(DEFAULT_RUBRIC, { ...RAW, tieBreaks: unknown })).toEqual([
      `Tie-break 1 is of a kind this app does not know ("coin_toss"). Use a criterion, first places or the organiser's decision.`,
    ]);
  });

  it('makes computeResults refuse options with problems', () => {
    expect(() =>
      computeResults({ rubric: DEFAULT_RUBRIC, entries: [], scorecards: [], options: { ...RAW, tieBreaks: [{ kind: 'criterion', criterion: 'humour' }] } }),
    ).toThrow('Cannot compute results with these options: Tie-break 1 compares the criterion "humour"');
  });

  it('describes the options used in one English sentence', () => {
    const method = (options: ResultOptions) => computeResults({ rubric: DEFAULT_RUBRIC, entries: [], scorecards: [], options }).method;
    expect(
      method({ normalise: true, trimmed: true, tieBreaks: [{ kind: 'criterion', criterion: 'creativity' }, { kind: 'first_places' }, { kind: 'organiser' }] }),
    ).toBe(
      "Mean of judges' weighted totals, normalised per judge (z-score, rescaled to 0–100); trimmed mean for entries with 5 or more judges; ties broken by: higher “Creativity”, more first places, organiser's decision.",
    );
    expect(method(DEFAULT_RESULT_OPTIONS)).toBe("Mean of judges' weighted totals; ties broken by: more first places, organiser's decision.");
    expect(method({ ...RAW, audienceWeight: 0.25 })).toBe(
      "Mean of judges' weighted totals; weighted 75% judges and 25% audience vote (votes as a share of the most-voted entry's); equal scores share a rank.",
    );
    expect(method({ ...RAW, audienceWeight: 0 })).toBe("Mean of judges' weighted totals; equal scores share a rank.");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

/**
 * Two criteria from 0 to 2, weighing 1 and 2: nine possible totals, so ties, and ties on the tie-breaks, are common;
 * and totals in thirds, which binary fractions cannot hold exactly, so a sum that depends on the order shows.
 */
const SMALL: Rubric = { criteria: [makeCriterion('idea', 'Idea', 0, 2, 1), makeCriterion('craft', 'Craft', 0, 2, 2)], overallComment: false };
const JUDGES = ['j0', 'j1', 'j2', 'j3', 'j4', 'j5'];

const tieBreakChain: fc.Arbitrary<TieBreak[]> = fc
  .record({
    declared: fc.shuffledSubarray<TieBreak>([{ kind: 'criterion', criterion: 'idea' }, { kind: 'criterion', criterion: 'craft' }, { kind: 'first_places' }]),
    organiser: fc.boolean(),
  })
  .map(({ declared, organiser }) => (organiser ? [...declared, { kind: 'organiser' }] : declared));

const optionsArb: fc.Arbitrary<ResultOptions> = fc.record({
  normalise: fc.boolean(),
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
        const options = { normalise: true, trimmed, tieBreaks: [] };
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
