import { isMinor } from './age.js';
import { schoolKey } from './schools.js';

/**
 * Public credits for a work: what the showcase, embeds, the ceremony and campaign media kits may say about who made it.
 * By default only first names (the first word of each name as the team entered it); a team may choose its team
 * name, or full names. Dates of birth and emails never appear. A school is named only when the team consented
 * to it (creditSchool).
 *
 * Minors (under 18 on the competition's reference date) are credited by first name (and the work's country) only,
 * whatever the team chose: never their full name, never their school. Adults' credits follow the team's choice.
 * The rule is applied here, when credits are read, so a choice stored before it existed cannot reveal more.
 */
/** How a team is named in public, from the least to the most it says: the order the credits form offers them. */
export const CREDIT_STYLES = ['first_names', 'team_name', 'full_names'] as const;
export type CreditStyle = (typeof CREDIT_STYLES)[number];

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

const sameSchool = (name: string) => schoolKey(name.normalize('NFC'));

/** What a roster allows beyond first names: whom full names may name, and which schools may be named. */
export interface CreditOptions {
  /** roster positions of the members who are minors (credited by first name only) */
  minors: number[];
  /** full names can name someone: at least one member is an adult */
  fullNames: boolean;
  /** the schools that may be named: adults' schools that no minor of the team attends */
  schools: string[];
}

/** The choices a roster allows; `minor` says who is under 18 on the reference date (see isMinor). */
export function creditOptions(members: { schoolName: string; minor: boolean }[]): CreditOptions {
  const minorSchools = new Set(members.filter((m) => m.minor).map((m) => sameSchool(m.schoolName)));
  const schools = new Map<string, string>();
  for (const m of members) {
    const key = sameSchool(m.schoolName);
    if (!m.minor && key && !minorSchools.has(key) && !schools.has(key)) schools.set(key, m.schoolName.trim());
  }
  return {
    minors: members.flatMap((m, i) => (m.minor ? [i] : [])),
    fullNames: members.some((m) => !m.minor),
    schools: [...schools.values()],
  };
}

/** The roster with who is a minor on the reference date. */
const withMinors = (input: Pick<CreditsInput, 'members' | 'referenceDate'>) =>
  input.members.map((m) => ({ ...m, minor: isMinor(m.dateOfBirth, input.referenceDate) }));

export function publicCredits(input: CreditsInput): PublicCredits {
  const team = input.teamName?.trim();
  const members = withMinors(input);
  const names =
    input.creditStyle === 'team_name' && team
      ? [team]
      : members.map((m) => (input.creditStyle === 'full_names' && !m.minor ? m.fullName.trim() : firstName(m.fullName)));
  // a school is named only with consent, and never a minor's
  const schools = input.creditSchool ? creditOptions(members).schools : [];
  return { names, schools, byline: joinNames(names) };
}

/** The choices this roster allows on the reference date. */
export const creditOptionsOn = (input: Pick<CreditsInput, 'members' | 'referenceDate'>): CreditOptions => creditOptions(withMinors(input));

/** Whether any member is a minor (for pages that explain why a school is not shown). */
export const hasMinor = (input: Pick<CreditsInput, 'members' | 'referenceDate'>): boolean =>
  input.members.some((m) => isMinor(m.dateOfBirth, input.referenceDate));

/**
 * The attribution CC BY-NC 4.0 asks for (title, author, source, licence, with links), for media kits and reuse:
 * "“Title” by Ana and Budi (Thailand), ASEAN–Japan … 2027, licensed under CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/)."
 */
export function attributionText(a: { title: string; byline: string; countryName: string; competitionName: string; sourceUrl: string | null }): string {
  const source = a.sourceUrl ? ` Source: ${a.sourceUrl}.` : '';
  return `“${a.title}” by ${a.byline} (${a.countryName}), ${a.competitionName}. Licensed under CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/); used in awareness campaigns under the organisers' non-exclusive campaign grant.${source}`;
}
