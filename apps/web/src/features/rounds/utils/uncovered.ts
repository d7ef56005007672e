import type { TFunction } from '../../../lib/translator';
import type { Schemas } from '../../../lib/api-client';

/**
 * Why an entry is short of judges after the assignment ran, in the reader's language, from the counts the API gives:
 * no judge in the round, fewer judges than needed, or how many the rules keep away (a declared conflict, the same
 * school, the same country).
 */
export function uncoveredWhy(t: TFunction, u: Schemas['UncoveredEntryDto']): string {
  switch (u.reason) {
    case 'no_judges':
      return t('rounds.assignment.why.noJudges');
    case 'too_few_judges':
      return t('rounds.assignment.why.tooFewJudges', { count: u.judges, needed: u.needed });
    case 'blocked': {
      const why = [
        u.blocked.declared && t('rounds.assignment.why.declared', { count: u.blocked.declared }),
        u.blocked.sameSchool && t('rounds.assignment.why.sameSchool', { count: u.blocked.sameSchool }),
        u.blocked.sameCountry && t('rounds.assignment.why.sameCountry', { count: u.blocked.sameCountry }),
      ].filter((part): part is string => typeof part === 'string');
      return u.assigned === 0
        ? t('rounds.assignment.why.noneMay', { why })
        : t('rounds.assignment.why.onlySome', { count: u.judges, assigned: u.assigned, why });
    }
  }
}
