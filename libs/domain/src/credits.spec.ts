import { attributionText, creditOptions, creditOptionsOn, firstName, hasMinor, joinNames, publicCredits } from './credits.js';

const members = [
  { fullName: 'Ana Maria Santos', dateOfBirth: '2011-03-02', schoolName: 'Bangkok Secondary' },
  { fullName: '  Budi  Hartono ', dateOfBirth: '2008-01-01', schoolName: 'Bangkok Secondary' },
  { fullName: 'สมชาย ใจดี', dateOfBirth: '2010-05-05', schoolName: 'Chiang Mai School' },
];
const base = { members, teamName: 'Cyber Owls', creditStyle: 'first_names' as const, creditSchool: false, referenceDate: '2027-01-15' };

describe('public credits', () => {
  it('shows first names only by default, and no school', () => {
    expect(publicCredits(base)).toEqual({ names: ['Ana', 'Budi', 'สมชาย'], schools: [], byline: 'Ana, Budi and สมชาย' });
  });

  it('shows the team name, or full names of adults when the team chose so; minors keep their first name', () => {
    expect(publicCredits({ ...base, creditStyle: 'team_name' }).names).toEqual(['Cyber Owls']);
    // Ana (15) and สมชาย (16) are minors on the reference date, Budi (19) is not
    expect(publicCredits({ ...base, creditStyle: 'full_names' }).names).toEqual(['Ana', 'Budi  Hartono', 'สมชาย']);
    expect(publicCredits({ ...base, creditStyle: 'full_names', members: [members[1]] }).names).toEqual(['Budi  Hartono']);
  });

  it('turns 18 on the reference date itself', () => {
    const born = { fullName: 'Dara Kim', dateOfBirth: '2009-01-15', schoolName: 'X' };
    expect(publicCredits({ ...base, creditStyle: 'full_names', members: [born] }).names).toEqual(['Dara Kim']);
    expect(publicCredits({ ...base, creditStyle: 'full_names', members: [{ ...born, dateOfBirth: '2009-01-16' }] }).names).toEqual(['Dara']);
  });

  it('falls back to first names when the team name style has no team name', () => {
    expect(publicCredits({ ...base, creditStyle: 'team_name', teamName: ' ' }).names).toEqual(['Ana', 'Budi', 'สมชาย']);
  });

  it("names each adult's school once, only with consent, and never a school a minor of the team attends", () => {
    const adults = [
      { fullName: 'Budi Hartono', dateOfBirth: '2008-01-01', schoolName: 'Bangkok Secondary' },
      { fullName: 'Lan Tran', dateOfBirth: '2005-01-01', schoolName: ' Bangkok secondary ' },
      { fullName: 'Minh Le', dateOfBirth: '2004-01-01', schoolName: 'Hanoi University' },
    ];
    expect(publicCredits({ ...base, members: adults, creditSchool: true }).schools).toEqual(['Bangkok Secondary', 'Hanoi University']);
    expect(publicCredits({ ...base, members: adults, creditSchool: false }).schools).toEqual([]);
    // Ana (a minor) attends Bangkok Secondary, so it is never named; สมชาย's school neither
    expect(publicCredits({ ...base, creditSchool: true }).schools).toEqual([]);
    expect(publicCredits({ ...base, members: [...adults, members[0]], creditSchool: true }).schools).toEqual(['Hanoi University']);
  });

  it('says what a roster allows beyond first names', () => {
    expect(creditOptionsOn(base)).toEqual({ minors: [0, 2], fullNames: true, schools: [] });
    expect(creditOptionsOn({ ...base, members: [members[0], members[2]] })).toEqual({ minors: [0, 1], fullNames: false, schools: [] });
    expect(
      creditOptions([
        { schoolName: 'A', minor: false },
        { schoolName: 'B', minor: true },
      ]),
    ).toEqual({ minors: [1], fullNames: true, schools: ['A'] });
    expect(creditOptions([])).toEqual({ minors: [], fullNames: false, schools: [] });
  });

  it("never shows a minor's surname or school, whatever the stored choice", () => {
    const text = JSON.stringify(publicCredits({ ...base, creditStyle: 'full_names', creditSchool: true }));
    for (const secret of ['Maria', 'Santos', 'ใจดี', 'Bangkok Secondary', 'Chiang Mai School']) expect(text).not.toContain(secret);
  });

  it('never carries a date of birth', () => {
    const text = JSON.stringify(publicCredits({ ...base, creditStyle: 'full_names', creditSchool: true }));
    for (const m of members) expect(text).not.toContain(m.dateOfBirth);
  });

  it('joins names in English and keeps a name without spaces whole', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(firstName('山田太郎')).toBe('山田太郎');
  });

  it('knows when a team has a minor', () => {
    expect(hasMinor(base)).toBe(true);
    expect(hasMinor({ ...base, members: [members[1]] })).toBe(false);
  });

  it('writes the CC BY-NC attribution', () => {
    expect(
      attributionText({
        title: 'Lock it',
        byline: 'Ana and Budi',
        countryName: 'Thailand',
        competitionName: 'ASEAN–Japan 2027',
        sourceUrl: 'https://x.test/showcase/e/1',
      }),
    ).toBe(
      "“Lock it” by Ana and Budi (Thailand), ASEAN–Japan 2027. Licensed under CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/); used in awareness campaigns under the organisers' non-exclusive campaign grant. Source: https://x.test/showcase/e/1.",
    );
  });
});
