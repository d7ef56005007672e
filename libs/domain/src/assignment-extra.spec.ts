import { extraJudges, type ExtraInput } from './assignment-extra.js';
import type { AssignEntry, AssignJudge } from './assignment.js';

const entry = (id: string, countryCode = 'TH', language = 'th'): AssignEntry => ({
  id,
  code: id.toUpperCase(),
  countryCode,
  schoolIds: [`school-${id}`],
  language,
});
const judge = (id: string, o: Partial<AssignJudge> = {}): AssignJudge => ({
  id,
  countryCode: 'JP',
  schoolId: null,
  languages: ['en'],
  conflicts: { entryIds: [], schoolIds: [], countryCodes: [] },
  ...o,
});

const base = (o: Partial<ExtraInput>): ExtraInput => ({
  entries: [entry('a'), entry('b'), entry('c')],
  judges: [judge('j1'), judge('j2'), judge('j3'), judge('j4')],
  panels: { a: ['j1', 'j2'], b: ['j2', 'j3'], c: ['j1'] },
  loads: { j1: 2, j2: 2, j3: 1, j4: 0 },
  excludeOwnCountry: false,
  requests: [],
  ...o,
});

describe('extraJudges', () => {
  it('puts one judge, on neither panel, on both entries of a pair too close to call: the lightest first', () => {
    expect(extraJudges(base({ requests: [{ entryIds: ['a', 'b'] }] }))).toEqual({
      added: [
        { judgeId: 'j4', entryId: 'a', languageMatch: false },
        { judgeId: 'j4', entryId: 'b', languageMatch: false },
      ],
      unplaced: [],
    });
  });

  it('prefers a judge who speaks the entries’ language, and keeps the rules (no judge of the entry’s country in the final)', () => {
    const judges = [judge('j1'), judge('j2'), judge('j3'), judge('j4', { countryCode: 'TH', languages: ['th'] }), judge('j5', { languages: ['th-TH'] })];
    expect(extraJudges(base({ judges, requests: [{ entryIds: ['a', 'b'] }] })).added.map((a) => [a.judgeId, a.entryId, a.languageMatch])).toEqual([
      ['j4', 'a', true],
      ['j4', 'b', true],
    ]);
    expect(
      extraJudges(base({ judges, excludeOwnCountry: true, requests: [{ entryIds: ['a', 'b'] }] })).added.map((a) => [a.judgeId, a.entryId, a.languageMatch]),
    ).toEqual([
      ['j5', 'a', true],
      ['j5', 'b', true],
    ]);
  });

  it('falls back to a judge per entry when no one may judge both, and says which entry no one can take', () => {
    const judges = [judge('j1'), judge('j2'), judge('j3'), judge('j4', { conflicts: { entryIds: ['b'], schoolIds: [], countryCodes: [] } })];
    // j4 may judge a only; b has every other judge already
    const panels = { a: ['j1', 'j2'], b: ['j1', 'j2', 'j3'], c: ['j1'] };
    expect(extraJudges(base({ judges, panels, requests: [{ entryIds: ['a', 'b'] }] }))).toEqual({
      added: [{ judgeId: 'j4', entryId: 'a', languageMatch: false }],
      unplaced: ['b'],
    });
  });

  it('bridges a part from the judges of another, and counts what it adds towards the loads', () => {
    const r = extraJudges(
      base({
        requests: [
          { entryIds: ['c'], fromJudges: ['j2', 'j3'] },
          { entryIds: ['c'], fromJudges: ['j2', 'j3'] },
        ],
      }),
    );
    // j3 (load 1) before j2 (load 2); then j2, as j3 is on c now
    expect(r.added.map((a) => a.judgeId)).toEqual(['j3', 'j2']);
  });
});
