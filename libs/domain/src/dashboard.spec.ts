import {
  alertsFrom,
  funnelBy,
  funnelCounts,
  funnelStage,
  isUnscreened,
  setupChecklist,
  stuckBefore,
  STUCK_PROCESSING_MINUTES,
  UNSCREENED_AFTER_DAYS,
  windowState,
  type AlertFacts,
  type FunnelEntry,
  type SetupFacts,
} from './dashboard.js';

const entry = (o: Partial<FunnelEntry> = {}): FunnelEntry => ({
  status: 'submitted',
  eligibility: 'eligible',
  judged: false,
  finalist: false,
  winner: false,
  ...o,
});

describe('funnelStage', () => {
  it('places an entry at the furthest stage it reached', () => {
    expect(funnelStage(entry({ status: 'draft', eligibility: 'pending' }))).toBe('draft');
    expect(funnelStage(entry({ eligibility: 'pending' }))).toBe('submitted');
    expect(funnelStage(entry({ eligibility: 'ineligible' }))).toBe('submitted');
    expect(funnelStage(entry())).toBe('eligible');
    expect(funnelStage(entry({ judged: true }))).toBe('judged');
    expect(funnelStage(entry({ judged: true, finalist: true }))).toBe('finalist');
    expect(funnelStage(entry({ judged: true, finalist: true, winner: true }))).toBe('winner');
  });
  it('leaves withdrawn entries out', () => {
    expect(funnelStage(entry({ status: 'withdrawn' }))).toBeNull();
  });
});

describe('funnelCounts', () => {
  it('counts drafts alone and every later stage with those that went further', () => {
    expect(funnelCounts(['draft', 'draft', 'submitted', 'eligible', 'judged', 'winner', null])).toEqual({
      draft: 2,
      submitted: 4,
      eligible: 3,
      judged: 2,
      finalist: 1,
      winner: 1,
    });
  });
  it('breaks the funnel down by a key', () => {
    const rows = [
      { country: 'TH', stage: 'eligible' as const },
      { country: 'JP', stage: 'draft' as const },
      { country: 'TH', stage: 'submitted' as const },
    ];
    expect(
      funnelBy(
        rows,
        (r) => r.country,
        (r) => r.stage,
      ),
    ).toEqual([
      { key: 'TH', counts: { draft: 0, submitted: 2, eligible: 1, judged: 0, finalist: 0, winner: 0 } },
      { key: 'JP', counts: { draft: 1, submitted: 0, eligible: 0, judged: 0, finalist: 0, winner: 0 } },
    ]);
  });
});

describe('thresholds', () => {
  const now = new Date('2027-01-15T03:00:00Z');
  it(`calls an entry unscreened ${UNSCREENED_AFTER_DAYS} days after its submission, not before`, () => {
    const e = { status: 'submitted', eligibility: 'pending' };
    expect(isUnscreened({ ...e, submittedAt: new Date('2027-01-12T02:59:00Z') }, now)).toBe(true);
    expect(isUnscreened({ ...e, submittedAt: new Date('2027-01-12T03:01:00Z') }, now)).toBe(false);
    expect(isUnscreened({ ...e, eligibility: 'eligible', submittedAt: new Date('2027-01-01T00:00:00Z') }, now)).toBe(false);
    expect(isUnscreened({ status: 'draft', eligibility: 'pending', submittedAt: null }, now)).toBe(false);
  });
  it(`calls a video stuck after ${STUCK_PROCESSING_MINUTES} minutes untouched`, () => {
    expect(stuckBefore(now).toISOString()).toBe('2027-01-15T02:00:00.000Z');
  });
  it('tells a window upcoming, open or closed', () => {
    const opens = new Date('2027-01-10T00:00:00Z');
    const closes = new Date('2027-01-20T00:00:00Z');
    expect(windowState(opens, closes, new Date('2027-01-01T00:00:00Z'))).toBe('upcoming');
    expect(windowState(opens, closes, now)).toBe('open');
    expect(windowState(opens, closes, closes)).toBe('closed');
  });
});

describe('alertsFrom', () => {
  const none: AlertFacts = {
    videosRejected: 0,
    videosStuck: 0,
    consentsWaitingGuardian: 0,
    consentFormsToVerify: 0,
    entriesUnscreened: 0,
    shortOfJudges: [],
    pendingInvitations: [],
  };
  it('gives no alert when nothing needs attention', () => {
    expect(alertsFrom(none)).toEqual([]);
    expect(alertsFrom({ ...none, shortOfJudges: [{ roundId: 'r', kind: 'national', countryCode: 'TH', name: {}, entries: 0, needed: 3 }] })).toEqual([]);
  });
  it('gives each alert its facts and where to fix it', () => {
    // a round's own name is carried along for its label (issue 17)
    const round = { roundId: 'r1', kind: 'national' as const, countryCode: 'TH', name: { en: 'Thailand selection', th: 'รอบคัดเลือกประเทศไทย' } };
    const alerts = alertsFrom({
      ...none,
      videosRejected: 2,
      entriesUnscreened: 4,
      shortOfJudges: [{ ...round, entries: 5, needed: 3 }],
      pendingInvitations: [{ ...round, invitations: 1 }],
    });
    expect(alerts).toEqual([
      { code: 'video_rejected', count: 2, round: null, threshold: null, target: { kind: 'entries', filter: 'video_rejected' } },
      { code: 'entries_unscreened', count: 4, round: null, threshold: UNSCREENED_AFTER_DAYS, target: { kind: 'entries', filter: 'unscreened' } },
      { code: 'entries_short_of_judges', count: 5, round, threshold: 3, target: { kind: 'round', roundId: 'r1', section: 'assignment' } },
      { code: 'invitations_pending', count: 1, round, threshold: null, target: { kind: 'round', roundId: 'r1', section: 'panel' } },
    ]);
  });
});

describe('setupChecklist', () => {
  const empty: SetupFacts = {
    hasRulesText: false,
    hasTheme: true,
    categories: 0,
    countries: [],
    coordinated: [],
    licenceVersion: 1,
    requiredConsents: 2,
    rounds: [],
    hasFinal: false,
    expectFinal: true,
  };
  const state = (f: SetupFacts) => Object.fromEntries(setupChecklist(f).map((s) => [s.step, s.state]));

  it('starts with the steps to do and those that wait for an earlier one', () => {
    const steps = setupChecklist(empty);
    expect(steps.map((s) => s.step)).toEqual(['details', 'categories', 'countries', 'licence', 'rounds', 'rubric', 'judges']);
    expect(state(empty)).toEqual({
      details: 'todo',
      categories: 'todo',
      countries: 'todo',
      licence: 'done',
      rounds: 'blocked',
      rubric: 'blocked',
      judges: 'blocked',
    });
    expect(steps.find((s) => s.step === 'details')!.missing).toEqual(['rules']);
    expect(steps.find((s) => s.step === 'rounds')!.blockedBy).toBe('countries');
    expect(steps.find((s) => s.step === 'judges')!.blockedBy).toBe('rounds');
  });

  it('names the countries without a coordinator or a national round, and the rounds short of a rubric or judges', () => {
    const steps = setupChecklist({
      ...empty,
      countries: ['TH', 'JP'],
      coordinated: ['TH'],
      rounds: [{ roundId: 'r1', kind: 'national', countryCode: 'TH', name: {}, criteria: 0, judges: 1, judgesPerEntry: 3 }],
    });
    const get = (k: string) => steps.find((s) => s.step === k)!;
    expect(get('countries')).toMatchObject({ state: 'todo', count: 2, countries: ['JP'] });
    expect(get('rounds')).toMatchObject({ state: 'todo', blockedBy: null, countries: ['JP'], missing: ['final'] });
    expect(get('rubric')).toMatchObject({ state: 'todo', rounds: [{ roundId: 'r1', kind: 'national', countryCode: 'TH', judges: null, needed: null }] });
    expect(get('judges')).toMatchObject({ state: 'todo', rounds: [{ roundId: 'r1', judges: 1, needed: 3 }] });
  });

  it('marks every step done once the facts are all there', () => {
    const full: SetupFacts = {
      hasRulesText: true,
      hasTheme: true,
      categories: 2,
      countries: ['TH'],
      coordinated: ['TH'],
      licenceVersion: 1,
      requiredConsents: 2,
      rounds: [
        { roundId: 'r1', kind: 'national', countryCode: 'TH', name: {}, criteria: 4, judges: 3, judgesPerEntry: 3 },
        { roundId: 'f', kind: 'final', countryCode: null, name: {}, criteria: 4, judges: 5, judgesPerEntry: 5 },
      ],
      hasFinal: true,
      expectFinal: true,
    };
    expect(setupChecklist(full).every((s) => s.state === 'done' && s.blockedBy === null)).toBe(true);
    expect(state({ ...full, licenceVersion: null, requiredConsents: 0 }).licence).toBe('todo');
  });

  it("leaves the final out of a country's rounds step: the organisers create it", () => {
    const country: SetupFacts = {
      ...empty,
      countries: ['TH'],
      coordinated: ['TH'],
      rounds: [{ roundId: 'r1', kind: 'national', countryCode: 'TH', name: {}, criteria: 4, judges: 1, judgesPerEntry: 1 }],
      expectFinal: false,
    };
    expect(setupChecklist(country).find((s) => s.step === 'rounds')).toMatchObject({ state: 'done', missing: [] });
    expect(setupChecklist({ ...country, expectFinal: true }).find((s) => s.step === 'rounds')).toMatchObject({ state: 'todo', missing: ['final'] });
  });
});
