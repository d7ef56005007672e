import { attributionText, firstName, hasMinor, joinNames, publicCredits } from './credits.js';

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

  it('shows the team name or full names when the team chose so', () => {
    expect(publicCredits({ ...base, creditStyle: 'team_name' }).names).toEqual(['Cyber Owls']);
    expect(publicCredits({ ...base, creditStyle: 'full_names' }).names).toEqual(['Ana Maria Santos', 'Budi  Hartono', 'สมชาย ใจดี']);
  });

  it('falls back to first names when the team name style has no team name', () => {
    expect(publicCredits({ ...base, creditStyle: 'team_name', teamName: ' ' }).names).toEqual(['Ana', 'Budi', 'สมชาย']);
  });

  it('names each school once, only with consent', () => {
    expect(publicCredits({ ...base, creditSchool: true }).schools).toEqual(['Bangkok Secondary', 'Chiang Mai School']);
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
    expect(attributionText({ title: 'Lock it', byline: 'Ana and Budi', countryName: 'Thailand', competitionName: 'ASEAN–Japan 2027', sourceUrl: 'https://x.test/showcase/e/1' })).toBe(
      '“Lock it” by Ana and Budi (Thailand), ASEAN–Japan 2027. Licensed under CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/); used in awareness campaigns under the organisers\' non-exclusive campaign grant. Source: https://x.test/showcase/e/1.',
    );
  });
});
