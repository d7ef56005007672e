/**
 * Round templates: what "National rounds for every participating country" and "Regional final with a quota per
 * country" create, worked out from the competition and the rounds it already has. Screening is no round: each
 * country's coordinators screen their entries, and the national round takes the eligible ones when it opens.
 */
import { DEFAULT_RUBRIC, type Rubric } from './rubric.js';

const DAY = 24 * 3600_000;

/** Days between the submission deadline and the national rounds' judging: the coordinators screen the entries. */
export const SCREENING_DAYS = 7;
/** How long a round's judging window lasts when the competition does not say. */
export const JUDGING_DAYS = 21;
/** Days between the national rounds' close and the final's opening: the coordinators promote their entries. */
export const PROMOTION_DAYS = 7;
/** k: how many judges score each entry, as a new round has it. */
export const TEMPLATE_JUDGES_PER_ENTRY = 3;
/** How many entries each country may send to the final, unless the organiser says otherwise. */
export const TEMPLATE_COUNTRY_QUOTA = 3;

export interface Window {
  opensAt: Date;
  closesAt: Date;
}

/** What a template needs to know of the competition. */
export interface TemplateCompetition {
  /** the participating countries' codes */
  countries: readonly string[];
  submissionClosesAt: Date;
  /** the competition's own judging window, when it has one */
  judgingOpensAt: Date | null;
  judgingClosesAt: Date | null;
}

/** What a template needs to know of a round the competition already has. */
export interface TemplateRound {
  kind: 'national' | 'final';
  countryCode: string | null;
  opensAt: Date;
  closesAt: Date;
  rubric: Rubric;
  createdAt: Date;
}

const plus = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
const later = (a: Date, b: Date) => (a > b ? a : b);

/**
 * The national rounds' judging window: from the competition's judging start when it comes after the submission
 * deadline, else SCREENING_DAYS after that deadline (time to screen); JUDGING_DAYS long, or to the competition's
 * judging end when that leaves at least a week.
 */
export function nationalWindow(c: TemplateCompetition): Window {
  const opensAt = c.judgingOpensAt && c.judgingOpensAt >= c.submissionClosesAt ? c.judgingOpensAt : plus(c.submissionClosesAt, SCREENING_DAYS);
  const usual = plus(opensAt, JUDGING_DAYS);
  const closesAt = c.judgingClosesAt && c.judgingClosesAt >= plus(opensAt, 7) && c.judgingClosesAt < usual ? c.judgingClosesAt : usual;
  return { opensAt, closesAt };
}

/**
 * The final's window: PROMOTION_DAYS after the last national round closes (or would close, by the template), for
 * JUDGING_DAYS, or to the competition's judging end when that comes later.
 */
export function finalWindow(c: TemplateCompetition, rounds: readonly TemplateRound[]): Window {
  const nationalCloses = rounds.filter((r) => r.kind === 'national').map((r) => r.closesAt);
  const lastNational = nationalCloses.reduce(later, nationalWindow(c).closesAt);
  const opensAt = plus(lastNational, PROMOTION_DAYS);
  const usual = plus(opensAt, JUDGING_DAYS);
  return { opensAt, closesAt: c.judgingClosesAt && c.judgingClosesAt > usual ? c.judgingClosesAt : usual };
}

/** The rubric a template gives its rounds: the competition's most recent round's, else the default one. */
export function templateRubric(rounds: readonly TemplateRound[]): { rubric: Rubric; copied: boolean } {
  const latest = [...rounds].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return latest ? { rubric: latest.rubric, copied: true } : { rubric: DEFAULT_RUBRIC, copied: false };
}

export interface NationalPlan {
  /** the countries that get a round, by code, each with its window */
  create: { countryCode: string; opensAt: Date; closesAt: Date }[];
  /** the countries that already have their national round (left as they are) */
  existing: string[];
  judgesPerEntry: number;
  blind: boolean;
  rubric: Rubric;
  /** the rubric is the competition's latest round's (else the default) */
  rubricCopied: boolean;
}

/** One national round for each participating country that has none yet, in code order; nothing when each has one. */
export function nationalPlan(c: TemplateCompetition, rounds: readonly TemplateRound[]): NationalPlan {
  const have = new Set(rounds.filter((r) => r.kind === 'national').map((r) => r.countryCode));
  const countries = [...new Set(c.countries)].sort();
  const window = nationalWindow(c);
  const { rubric, copied } = templateRubric(rounds);
  return {
    create: countries.filter((code) => !have.has(code)).map((countryCode) => ({ countryCode, ...window })),
    existing: countries.filter((code) => have.has(code)),
    judgesPerEntry: TEMPLATE_JUDGES_PER_ENTRY,
    blind: true,
    rubric,
    rubricCopied: copied,
  };
}

export interface FinalPlan {
  /** false when the competition has its final already: the template then creates nothing */
  available: boolean;
  opensAt: Date;
  closesAt: Date;
  countryQuota: number;
  judgesPerEntry: number;
  blind: boolean;
  rubric: Rubric;
  rubricCopied: boolean;
}

/** The regional final: after the national rounds, with a quota per country. */
export function finalPlan(c: TemplateCompetition, rounds: readonly TemplateRound[], countryQuota = TEMPLATE_COUNTRY_QUOTA): FinalPlan {
  const { rubric, copied } = templateRubric(rounds);
  return {
    available: !rounds.some((r) => r.kind === 'final'),
    ...finalWindow(c, rounds),
    countryQuota,
    judgesPerEntry: TEMPLATE_JUDGES_PER_ENTRY,
    blind: true,
    rubric,
    rubricCopied: copied,
  };
}

/**
 * How many entries a judge of the round can expect to score: each entry needs k judges, shared among the panel
 * (the judge being invited or added counted in), so entries × k ÷ judges, rounded up; never more than the round's
 * entries, since a judge scores an entry once (the whole round when the panel is the judge alone).
 */
export function expectedEntriesPerJudge(entries: number, judgesPerEntry: number, judges: number): number {
  if (entries <= 0) return 0;
  if (judges <= 1) return entries;
  return Math.min(entries, Math.ceil((entries * judgesPerEntry) / judges));
}
