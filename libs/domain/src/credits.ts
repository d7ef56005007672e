import { isMinor } from './age.js';

/**
 * Public credits for a work: what the showcase, embeds and campaign media kits may say about who made it.
 * By default only first names (the first word of each name as the team entered it); a team may choose its team
 * name, or full names. Dates of birth and emails never appear. A school is named only when the team consented
 * to it (creditSchool); for a team with a minor that consent is under the guardians' consent the work already needs.
 */
export type CreditStyle = 'first_names' | 'team_name' | 'full_names';

export interface CreditsInput {
  members: { fullName: string; dateOfBirth: string; schoolName: string }[];
  teamName: string | null;
  creditStyle: CreditStyle;
  creditSchool: boolean;
  /** the competition's reference date, for who is a minor */
  referenceDate: string;
}

export interface PublicCredits {
  /** the names to show, in roster order (one item: the team name, when that style is chosen) */
  names: string[];
  /** the schools that may be named (empty unless consented) */
  schools: string[];
  /** names joined for a byline: "Ana, Budi and Chai" */
  byline: string;
}

/** The first word of a name; a name without spaces is kept whole (it is what the team entered as the person's name). */
export function firstName(fullName: string): string {
  const trimmed = fullName.trim();
  return trimmed.split(/\s+/u)[0] ?? trimmed;
}

/** English list joining, used in bylines and attribution texts: "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function publicCredits(input: CreditsInput): PublicCredits {
  const team = input.teamName?.trim();
  const names =
    input.creditStyle === 'team_name' && team
      ? [team]
      : input.members.map((m) => (input.creditStyle === 'full_names' ? m.fullName.trim() : firstName(m.fullName)));
  // a school is named only with consent; the roster's minors are covered by their guardians' consent to the work
  const schools = input.creditSchool ? [...new Set(input.members.map((m) => m.schoolName.trim()).filter(Boolean))] : [];
  return { names, schools, byline: joinNames(names) };
}

/** Whether any member is a minor (for pages that explain why a school is not shown). */
export const hasMinor = (input: Pick<CreditsInput, 'members' | 'referenceDate'>): boolean => input.members.some((m) => isMinor(m.dateOfBirth, input.referenceDate));

/**
 * The attribution CC BY-NC 4.0 asks for (title, author, source, licence, with links), for media kits and reuse:
 * "“Title” by Ana and Budi (Thailand), ASEAN–Japan … 2027, licensed under CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/)."
 */
export function attributionText(a: { title: string; byline: string; countryName: string; competitionName: string; sourceUrl: string | null }): string {
  const source = a.sourceUrl ? ` Source: ${a.sourceUrl}.` : '';
  return `“${a.title}” by ${a.byline} (${a.countryName}), ${a.competitionName}. Licensed under CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/); used in awareness campaigns under the organisers' non-exclusive campaign grant.${source}`;
}
