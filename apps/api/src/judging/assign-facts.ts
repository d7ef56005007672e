import type { AssignEntry, AssignJudge, BlockReason } from '@clapper/domain/assignment';
import { JudgingReason } from '@clapper/domain/refusals';
import type { User } from '../accounts/accounts.queries.js';
import type { Entry } from '../entries/entries.queries.js';
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

/** The refusal of a judge added by hand against a rule, and its English for API users and logs (the web translates the reason). */
export const BLOCK_REFUSALS: Record<BlockReason, { reason: JudgingReason; message: string }> = {
  declared_conflict_entry: {
    reason: JudgingReason.DeclaredConflictEntry,
    message: 'The judge declared a conflict of interest with this entry. Choose another judge.',
  },
  declared_conflict_school: {
    reason: JudgingReason.DeclaredConflictSchool,
    message: "The judge declared a conflict of interest with one of this entry's schools. Choose another judge.",
  },
  declared_conflict_country: {
    reason: JudgingReason.DeclaredConflictCountry,
    message: "The judge declared a conflict of interest with this entry's country. Choose another judge.",
  },
  own_school: { reason: JudgingReason.OwnSchool, message: "The judge belongs to one of this entry's schools. Choose a judge from another school." },
  own_country: {
    reason: JudgingReason.OwnCountry,
    message: "The judge is from this entry's country, and this round excludes judges from the entry's own country. Choose a judge from another country.",
  },
};
