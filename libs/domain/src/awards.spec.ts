import { suggestWinners, type AwardDefinition } from './awards.js';
import type { EntryResult, RoundResults } from './results.js';

const entry = (code: string, rank: number, score: number | null, extra: Partial<EntryResult> = {}): EntryResult => ({
  entryId: `id-${code}`,
  code,
  categoryId: 'cat-a',
  countryCode: code.slice(0, 2),
  rank,
  score,
  rawMean: score,
  judges: score === null ? 0 : 3,
  criterionMeans: {},
  firstPlaces: 0,
  audienceVotes: 0,
  decidedBy: 'score',
  tiedWith: [],
  ...extra,
});
const results = (entries: EntryResult[]): RoundResults => ({
  options: { aggregation: 'mean', trimmed: false, tieBreaks: [] },
  method: { aggregation: 'mean', aggregationReason: 'chosen', parts: [], trimmedFrom: null, audienceShare: 0, tieBreaks: [] },
  entries,
  judgeOffsets: [],
});
const award = (id: string, kind: AwardDefinition['kind'], position: number, extra: Partial<AwardDefinition> = {}): AwardDefinition => ({
  id,
  kind,
  position,
  places: 1,
  categoryId: null,
  criterion: null,
  ...extra,
});

const ranking = results([
  entry('TH-1', 1, 90, { criterionMeans: { message: 3 } }),
  entry('JP-1', 2, 85, { criterionMeans: { message: 5 } }),
  entry('TH-2', 3, 80, { criterionMeans: { message: 4 } }),
  entry('VN-1', 4, 70, { criterionMeans: { message: 4 }, categoryId: 'cat-b' }),
  entry('VN-2', 5, null),
]);

describe('suggestWinners', () => {
  it('gives the grand prize to the top entry and the runner-up places to the next ones', () => {
    const s = suggestWinners([award('gp', 'grand_prize', 1), award('ru', 'runner_up', 2, { places: 2 })], ranking);
    expect(s.winners).toEqual([
      { awardId: 'gp', entryId: 'id-TH-1', place: 1, countryCode: null },
      { awardId: 'ru', entryId: 'id-JP-1', place: 1, countryCode: null },
      { awardId: 'ru', entryId: 'id-TH-2', place: 2, countryCode: null },
    ]);
    expect(s.reveals[0]).toEqual({ awardId: 'gp', countryCode: null, nominees: ['id-TH-1', 'id-JP-1', 'id-TH-2'] });
    expect(s.undecided).toEqual([]);
  });

  it('follows ceremony positions, not the order given', () => {
    const s = suggestWinners([award('ru', 'runner_up', 2), award('gp', 'grand_prize', 1)], ranking);
    expect(s.winners.map((w) => [w.awardId, w.entryId])).toEqual([
      ['gp', 'id-TH-1'],
      ['ru', 'id-JP-1'],
    ]);
  });

  it('gives each country its best entry that has not won a ranked award, and never an unscored one', () => {
    const s = suggestWinners([award('gp', 'grand_prize', 1), award('cb', 'country_best', 2)], ranking);
    expect(s.winners.filter((w) => w.awardId === 'cb')).toEqual([
      { awardId: 'cb', entryId: 'id-JP-1', place: 1, countryCode: 'JP' },
      { awardId: 'cb', entryId: 'id-TH-2', place: 1, countryCode: 'TH' },
      { awardId: 'cb', entryId: 'id-VN-1', place: 1, countryCode: 'VN' },
    ]);
  });

  it('keeps an award to its category', () => {
    const s = suggestWinners([award('gp-b', 'grand_prize', 1, { categoryId: 'cat-b' })], ranking);
    expect(s.winners).toEqual([{ awardId: 'gp-b', entryId: 'id-VN-1', place: 1, countryCode: null }]);
  });

  it('ranks a special award by its criterion, then by score', () => {
    const s = suggestWinners([award('msg', 'special', 1, { criterion: 'message', places: 2 })], ranking);
    expect(s.winners.map((w) => w.entryId)).toEqual(['id-JP-1', 'id-TH-2']);
  });

  it('leaves a special award without a criterion to the organisers', () => {
    const s = suggestWinners([award('jury', 'special', 1)], ranking);
    expect(s.winners).toEqual([]);
    expect(s.undecided).toEqual([{ awardId: 'jury', countryCode: null, reason: 'organisers_decide', params: {} }]);
  });

  it('gives the audience award to the most votes, and never to an entry without votes', () => {
    const s = suggestWinners([award('aud', 'audience', 1)], ranking, { 'id-VN-1': 7, 'id-TH-1': 3 });
    expect(s.winners).toEqual([{ awardId: 'aud', entryId: 'id-VN-1', place: 1, countryCode: null }]);
    expect(suggestWinners([award('aud', 'audience', 1)], ranking, {}).undecided).toEqual([
      { awardId: 'aud', countryCode: null, reason: 'no_votes', params: {} },
    ]);
  });

  it('reports a cut inside an unresolved tie', () => {
    const tied = results([
      entry('TH-1', 1, 90, { tiedWith: ['JP-1'], decidedBy: 'unresolved' }),
      entry('JP-1', 1, 90, { tiedWith: ['TH-1'], decidedBy: 'unresolved' }),
    ]);
    const s = suggestWinners([award('gp', 'grand_prize', 1)], tied);
    expect(s.undecided).toEqual([{ awardId: 'gp', countryCode: null, reason: 'tie_at_cut', params: { place: 1, codes: ['TH-1', 'JP-1'] } }]);
    expect(s.winners).toHaveLength(1);
  });

  it("says when a country's only finalist already won a ranked award, naming the entry and the award", () => {
    // JP-1 is Japan's only scored entry, and the runner-up takes it: Japan's best entry award has nobody left
    const s = suggestWinners([award('gp', 'grand_prize', 1), award('ru', 'runner_up', 2), award('cb', 'country_best', 3)], ranking);
    expect(s.winners.filter((w) => w.awardId === 'ru')).toEqual([{ awardId: 'ru', entryId: 'id-JP-1', place: 1, countryCode: null }]);
    expect(s.undecided).toEqual([{ awardId: 'cb', countryCode: 'JP', reason: 'already_won', params: { codes: ['JP-1'], count: 1, awardIds: ['ru'] } }]);
    expect(s.winners.filter((w) => w.awardId === 'cb').map((w) => w.countryCode)).toEqual(['TH', 'VN']);
  });

  it('says when every scored entry an award could go to already won one, with the awards they won', () => {
    const two = results([entry('TH-1', 1, 90), entry('JP-1', 2, 85)]);
    const s = suggestWinners([award('gp', 'grand_prize', 1), award('ru', 'runner_up', 2), award('ru2', 'runner_up', 3)], two);
    expect(s.undecided).toEqual([
      { awardId: 'ru2', countryCode: null, reason: 'already_won', params: { codes: ['TH-1', 'JP-1'], count: 2, awardIds: ['gp', 'ru'] } },
    ]);
  });

  it("says when no entry in an award's category has a score", () => {
    const s = suggestWinners(
      [award('gp-c', 'grand_prize', 1, { categoryId: 'cat-c' }), award('msg', 'special', 2, { criterion: 'message', categoryId: 'cat-c' })],
      ranking,
    );
    expect(s.undecided).toEqual([
      { awardId: 'gp-c', countryCode: null, reason: 'no_scored_entries', params: {} },
      { awardId: 'msg', countryCode: null, reason: 'no_scored_entries', params: {} },
    ]);
  });

  it('names the entries tied at the cut of a special award and of the audience award', () => {
    const flat = results([
      entry('TH-1', 1, 90, { criterionMeans: { message: 4 } }),
      entry('JP-1', 2, 80, { criterionMeans: { message: 5 } }),
      entry('VN-1', 3, 80, { criterionMeans: { message: 5 } }),
    ]);
    expect(suggestWinners([award('msg', 'special', 1, { criterion: 'message' })], flat).undecided).toEqual([
      { awardId: 'msg', countryCode: null, reason: 'tie_at_cut', params: { place: 1, codes: ['JP-1', 'VN-1'] } },
    ]);
    expect(suggestWinners([award('aud', 'audience', 1)], flat, { 'id-TH-1': 4, 'id-VN-1': 4, 'id-JP-1': 1 }).undecided).toEqual([
      { awardId: 'aud', countryCode: null, reason: 'tie_at_cut', params: { place: 1, codes: ['TH-1', 'VN-1'] } },
    ]);
  });
});
