import { computeResults, normaliseTotals, rankWithin, resultsByCategory, resultsByCountry } from './results.js';
import { DEFAULT_RUBRIC, type Rubric } from './rubric.js';
import type { Scores } from './scorecard.js';
import { card, cardOn, makeCriterion, makeEntry, RAW, results, table } from './results.fixtures.js';

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
    const normalised = results(entries, scorecards, { aggregation: 'zscore' });
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

describe('rankWithin, resultsByCategory, resultsByCountry', () => {
  const entries = [
    makeEntry('A', { categoryId: 'junior', countryCode: 'TH' }),
    makeEntry('B', { categoryId: 'senior', countryCode: 'TH' }),
    makeEntry('C', { categoryId: 'junior', countryCode: 'JP' }),
    makeEntry('D', { categoryId: 'senior', countryCode: 'JP' }),
    makeEntry('E', { categoryId: 'junior', countryCode: 'TH' }),
  ];
  const scorecards = [card('j1', 'A', 90), card('j1', 'B', 70), card('j2', 'C', 70), card('j2', 'D', 50), card('j3', 'E', 70), card('j3', 'D', 50)];
  const round = results(entries, scorecards, { aggregation: 'zscore', tieBreaks: [{ kind: 'organiser' }] });

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
    // B and D tied in the round, and still do within senior; the method travels along
    expect(table(byCategory.senior.entries)).toEqual([
      ['B', 1, 40, 'unresolved', ['D']],
      ['D', 1, 40, 'unresolved', ['B']],
    ]);
    expect(byCategory.senior.method).toEqual(round.method);
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
