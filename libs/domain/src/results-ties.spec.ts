import { computeResults, type OrganiserDecision, type ResultsInput, type TieBreak } from './results.js';
import { DEFAULT_RUBRIC } from './rubric.js';
import { card, cardOn, makeEntry, RAW, results, table, TWO } from './results.fixtures.js';

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
