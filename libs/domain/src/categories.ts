import { ageOn, isIsoDate } from './age.js';
import type { AgeRange } from './entry-rules.js';

/** A member's age on the reference date fits a category when it lies within the category's ages, both ends included. */
export function ageFits(age: number, category: AgeRange): boolean {
  return age >= category.minAge && age <= category.maxAge;
}

/**
 * Which of a competition's categories a team fits, from its members' dates of birth on the reference date: every
 * member's age must fit (the rule the submission check applies). Dates that are empty or not real days are left out
 * (a member still being typed in); with none left the fit is `unknown`. `none` carries the ages, so the page can say
 * why nothing fits.
 */
export type CategoryFit<C extends AgeRange> =
  { kind: 'unknown' } | { kind: 'one'; category: C } | { kind: 'several'; categories: C[] } | { kind: 'none'; ages: number[] };

export function fitCategories<C extends AgeRange>(datesOfBirth: readonly string[], referenceDate: string, categories: readonly C[]): CategoryFit<C> {
  const ages = datesOfBirth.filter((d) => isIsoDate(d) && d <= referenceDate).map((d) => ageOn(d, referenceDate));
  if (ages.length === 0 || !isIsoDate(referenceDate)) return { kind: 'unknown' };
  const fitting = categories.filter((c) => ages.every((age) => ageFits(age, c)));
  if (fitting.length === 1) return { kind: 'one', category: fitting[0] };
  if (fitting.length > 1) return { kind: 'several', categories: fitting };
  return { kind: 'none', ages };
}
