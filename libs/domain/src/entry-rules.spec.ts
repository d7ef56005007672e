import { checkEntryRules, DEFAULT_ENTRY_RULES, overlappingAgeRanges } from './entry-rules.js';

describe('checkEntryRules', () => {
  it('accepts the defaults', () => {
    expect(checkEntryRules(DEFAULT_ENTRY_RULES)).toEqual([]);
  });
  it('reports a minimum above its maximum', () => {
    expect(checkEntryRules({ ...DEFAULT_ENTRY_RULES, teamSizeMin: 6 })).toEqual([{ field: 'teamSizeMax', code: 'min_above_max' }]);
    expect(checkEntryRules({ ...DEFAULT_ENTRY_RULES, minDurationSeconds: 200 })).toEqual([{ field: 'maxDurationSeconds', code: 'min_above_max' }]);
  });
  it('reports unknown containers and empty lists', () => {
    expect(checkEntryRules({ ...DEFAULT_ENTRY_RULES, acceptedContainers: ['avi'] })).toEqual([
      { field: 'acceptedContainers', code: 'unknown_value', value: 'avi' },
    ]);
    expect(checkEntryRules({ ...DEFAULT_ENTRY_RULES, acceptedVideoCodecs: [] })).toEqual([{ field: 'acceptedVideoCodecs', code: 'empty' }]);
  });
});

describe('overlappingAgeRanges', () => {
  it('finds pairs that share an age', () => {
    expect(
      overlappingAgeRanges([
        { minAge: 7, maxAge: 12 },
        { minAge: 13, maxAge: 17 },
        { minAge: 17, maxAge: 25 },
      ]),
    ).toEqual([[1, 2]]);
  });
});
