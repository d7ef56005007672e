import type { AssignEntry, AssignJudge } from '@clapper/domain/assignment';
import type { User } from '../accounts/user.entity.js';
import type { Entry } from '../entries/entry.entity.js';
import type { RoundJudge } from './round-judge.entity.js';

/** 'pt-BR' → 'pt': a judge who reads Portuguese understands a Brazilian video. */
export const primaryLanguage = (tag: string) => tag.split('-')[0].toLowerCase();

/** What the assignment rules need to know of an entry. */
export function assignEntryOf(entry: Pick<Entry, 'id' | 'code' | 'countryCode' | 'schoolId' | 'videoLanguage'>): AssignEntry {
  return { id: entry.id, code: entry.code, countryCode: entry.countryCode, schoolIds: [entry.schoolId], language: primaryLanguage(entry.videoLanguage) };
}

/** What the assignment rules need to know of a judge: their own country and school, languages and declared conflicts. */
export function assignJudgeOf(judge: RoundJudge, user: Pick<User, 'id' | 'countryCode' | 'schoolId'>): AssignJudge {
  return {
    id: user.id,
    countryCode: user.countryCode,
    schoolId: user.schoolId,
    languages: judge.languages.map(primaryLanguage),
    conflicts: { entryIds: judge.conflictEntryIds, schoolIds: judge.conflictSchoolIds, countryCodes: judge.conflictCountryCodes },
  };
}
