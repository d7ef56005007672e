import { clearedEntries, type RosterMember } from './work-clearance.js';

const member = (entryId: string, memberId: string, dateOfBirth: string, referenceDate = '2027-03-01'): RosterMember => ({
  entryId,
  memberId,
  dateOfBirth,
  referenceDate,
});

describe('clearedEntries', () => {
  it('clears a team whose every member gave consent, and whose minors have a guardian consent too', () => {
    const roster = [member('e1', 'adult', '2000-01-01'), member('e1', 'minor', '2012-05-05')];
    expect(
      clearedEntries(roster, [
        { memberId: 'adult', kind: 'participant' },
        { memberId: 'minor', kind: 'participant' },
        { memberId: 'minor', kind: 'guardian' },
      ]),
    ).toEqual(new Set(['e1']));
    expect(
      clearedEntries(roster, [
        { memberId: 'adult', kind: 'participant' },
        { memberId: 'minor', kind: 'participant' },
      ]),
    ).toEqual(new Set());
  });

  it('tells a minor by the domain rule: 18 on the reference date itself is an adult, the day before a minor', () => {
    const given = [
      { memberId: 'a', kind: 'participant' as const },
      { memberId: 'b', kind: 'participant' as const },
    ];
    expect(clearedEntries([member('e1', 'a', '2009-03-01')], given)).toEqual(new Set(['e1']));
    expect(clearedEntries([member('e2', 'b', '2009-03-02')], given)).toEqual(new Set());
  });

  it('leaves out an entry with no roster row (not submitted, no licence, or no members) and one member short of consent', () => {
    const roster = [member('e1', 'a', '2000-01-01'), member('e1', 'b', '2000-01-01')];
    expect(clearedEntries(roster, [{ memberId: 'a', kind: 'participant' }])).toEqual(new Set());
    expect(clearedEntries([], [{ memberId: 'a', kind: 'participant' }])).toEqual(new Set());
  });
});
