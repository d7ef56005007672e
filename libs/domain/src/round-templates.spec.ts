import { checkRubric, DEFAULT_RUBRIC, type Rubric } from './rubric.js';
import {
  expectedEntriesPerJudge,
  finalPlan,
  finalWindow,
  JUDGING_DAYS,
  nationalPlan,
  nationalWindow,
  PROMOTION_DAYS,
  SCREENING_DAYS,
  type TemplateCompetition,
  type TemplateRound,
} from './round-templates.js';

const DAY = 24 * 3600_000;
const at = (iso: string) => new Date(iso);
const competition = (o: Partial<TemplateCompetition> = {}): TemplateCompetition => ({
  countries: ['TH', 'JP', 'KH'],
  submissionClosesAt: at('2027-06-30T15:00:00Z'),
  judgingOpensAt: null,
  judgingClosesAt: null,
  ...o,
});
const custom: Rubric = { ...DEFAULT_RUBRIC, criteria: DEFAULT_RUBRIC.criteria.slice(0, 2) };
const round = (o: Partial<TemplateRound>): TemplateRound => ({
  kind: 'national',
  countryCode: 'TH',
  opensAt: at('2027-07-10T00:00:00Z'),
  closesAt: at('2027-08-10T00:00:00Z'),
  rubric: custom,
  createdAt: at('2027-01-01T00:00:00Z'),
  ...o,
});

describe('nationalWindow', () => {
  it('opens a week after the submission deadline, for the coordinators to screen, and lasts three weeks', () => {
    const w = nationalWindow(competition());
    expect(w.opensAt.toISOString()).toBe(new Date(at('2027-06-30T15:00:00Z').getTime() + SCREENING_DAYS * DAY).toISOString());
    expect(w.closesAt.getTime() - w.opensAt.getTime()).toBe(JUDGING_DAYS * DAY);
  });

  it("takes the competition's judging window when it starts after the deadline", () => {
    const w = nationalWindow(competition({ judgingOpensAt: at('2027-07-15T00:00:00Z'), judgingClosesAt: at('2027-07-29T00:00:00Z') }));
    expect(w).toEqual({ opensAt: at('2027-07-15T00:00:00Z'), closesAt: at('2027-07-29T00:00:00Z') });
  });

  it('never opens before the submission deadline, whatever the competition says', () => {
    const w = nationalWindow(competition({ judgingOpensAt: at('2027-06-01T00:00:00Z') }));
    expect(w.opensAt > at('2027-06-30T15:00:00Z')).toBe(true);
  });
});

describe('nationalPlan', () => {
  it('plans one round per country in code order, with k = 3, blind, and the default rubric on a fresh competition', () => {
    const plan = nationalPlan(competition(), []);
    expect(plan.create.map((c) => c.countryCode)).toEqual(['JP', 'KH', 'TH']);
    expect(plan).toMatchObject({ existing: [], judgesPerEntry: 3, blind: true, rubric: DEFAULT_RUBRIC, rubricCopied: false });
    expect(checkRubric(plan.rubric)).toEqual([]);
    expect(DEFAULT_RUBRIC.criteria.every((c) => c.name.en && c.name.ja)).toBe(true);
  });

  it("leaves out the countries that have their round, and copies the latest round's rubric", () => {
    const newer = { ...custom, overallComment: false };
    const plan = nationalPlan(competition(), [round({}), round({ kind: 'final', countryCode: null, rubric: newer, createdAt: at('2027-02-01T00:00:00Z') })]);
    expect(plan.create.map((c) => c.countryCode)).toEqual(['JP', 'KH']);
    expect(plan.existing).toEqual(['TH']);
    expect(plan.rubric).toBe(newer);
    expect(plan.rubricCopied).toBe(true);
  });

  it('creates nothing once every country has its round', () => {
    const rounds = ['TH', 'JP', 'KH'].map((countryCode) => round({ countryCode }));
    expect(nationalPlan(competition(), rounds).create).toEqual([]);
  });
});

describe('finalPlan', () => {
  it('opens a week after the last national round closes, with a quota of 3 per country', () => {
    const plan = finalPlan(competition(), [
      round({ closesAt: at('2027-08-10T00:00:00Z') }),
      round({ countryCode: 'JP', closesAt: at('2027-08-20T00:00:00Z') }),
    ]);
    expect(plan.opensAt).toEqual(new Date(at('2027-08-20T00:00:00Z').getTime() + PROMOTION_DAYS * DAY));
    expect(plan).toMatchObject({ available: true, countryQuota: 3, judgesPerEntry: 3, blind: true, rubricCopied: true });
  });

  it('follows the planned national window when there is no national round yet, and the quota asked for', () => {
    const c = competition();
    const plan = finalPlan(c, [], 2);
    expect(plan.opensAt).toEqual(new Date(nationalWindow(c).closesAt.getTime() + PROMOTION_DAYS * DAY));
    expect(plan.countryQuota).toBe(2);
  });

  it("is not available when the final exists, and ends at the competition's judging end when that is later", () => {
    const c = competition({ judgingClosesAt: at('2027-12-01T00:00:00Z') });
    expect(finalWindow(c, []).closesAt).toEqual(at('2027-12-01T00:00:00Z'));
    expect(finalPlan(c, [round({ kind: 'final', countryCode: null })]).available).toBe(false);
  });
});

describe('expectedEntriesPerJudge', () => {
  it('shares entries × k among the judges, rounded up', () => {
    expect(expectedEntriesPerJudge(60, 3, 9)).toBe(20);
    expect(expectedEntriesPerJudge(10, 3, 4)).toBe(8);
  });

  it('is the whole round for a judge alone, never more than the entries, and nothing without entries', () => {
    expect(expectedEntriesPerJudge(12, 3, 1)).toBe(12);
    expect(expectedEntriesPerJudge(12, 3, 0)).toBe(12);
    expect(expectedEntriesPerJudge(5, 3, 2)).toBe(5);
    expect(expectedEntriesPerJudge(0, 3, 5)).toBe(0);
  });
});
