/**
 * The rules of a competition's dashboard (issue 15): where an entry stands in the funnel, when something needs an
 * organiser's (or a coordinator's) attention, and how far the competition's setup has come. Codes and numbers only:
 * the web words them in the reader's language.
 */

/** The funnel's stages, in order. Every stage after `draft` counts the entries that reached it or went further. */
export const FUNNEL_STAGES = ['draft', 'submitted', 'eligible', 'judged', 'finalist', 'winner'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** What the funnel needs to know of one entry. */
export interface FunnelEntry {
  status: 'draft' | 'submitted' | 'withdrawn';
  eligibility: 'pending' | 'eligible' | 'ineligible';
  /** every scorecard assigned to it in some round is submitted (and it had some) */
  judged: boolean;
  /** it is in the final round */
  finalist: boolean;
  /** it won an award */
  winner: boolean;
}

/** The furthest stage an entry reached; null for a withdrawn entry, which the funnel leaves out. */
export function funnelStage(e: FunnelEntry): FunnelStage | null {
  if (e.status === 'withdrawn') return null;
  if (e.status === 'draft') return 'draft';
  if (e.winner) return 'winner';
  if (e.finalist) return 'finalist';
  if (e.eligibility !== 'eligible') return 'submitted';
  return e.judged ? 'judged' : 'eligible';
}

export type FunnelCounts = Record<FunnelStage, number>;

/** The funnel's figures: drafts are the entries still in draft; each later stage counts the entries that reached it or went further. */
export function funnelCounts(stages: (FunnelStage | null)[]): FunnelCounts {
  const counts = Object.fromEntries(FUNNEL_STAGES.map((s) => [s, 0])) as FunnelCounts;
  for (const stage of stages) {
    if (stage === null) continue;
    if (stage === 'draft') {
      counts.draft += 1;
      continue;
    }
    for (const s of FUNNEL_STAGES.slice(1, FUNNEL_STAGES.indexOf(stage) + 1)) counts[s] += 1;
  }
  return counts;
}

/** The funnel in total and broken down by a key (a country, a category), keys in their first-seen order sorted by the caller. */
export function funnelBy<T>(items: T[], key: (item: T) => string, stage: (item: T) => FunnelStage | null): { key: string; counts: FunnelCounts }[] {
  const groups = new Map<string, (FunnelStage | null)[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), stage(item)]);
  }
  return [...groups].map(([k, stages]) => ({ key: k, counts: funnelCounts(stages) }));
}

/** A window's state at an instant. */
export type WindowState = 'upcoming' | 'open' | 'closed';

export function windowState(opensAt: Date, closesAt: Date, now: Date): WindowState {
  if (now.getTime() < opensAt.getTime()) return 'upcoming';
  return now.getTime() < closesAt.getTime() ? 'open' : 'closed';
}

/** A submitted entry still waiting for its screening decision this many days after submission is an alert. */
export const UNSCREENED_AFTER_DAYS = 3;
/** A video still uploaded or processing, untouched by its processing run for this many minutes, is stuck. */
export const STUCK_PROCESSING_MINUTES = 60;

/** Submitted before this instant and still unscreened: an alert. */
export function unscreenedBefore(now: Date): Date {
  return new Date(now.getTime() - UNSCREENED_AFTER_DAYS * 24 * 3600_000);
}

/** A video processing (or waiting to be processed) untouched since before this instant is stuck. */
export function stuckBefore(now: Date): Date {
  return new Date(now.getTime() - STUCK_PROCESSING_MINUTES * 60_000);
}

/** Whether a submitted entry has waited too long for its screening decision. */
export function isUnscreened(e: { status: string; eligibility: string; submittedAt: Date | null }, now: Date): boolean {
  return e.status === 'submitted' && e.eligibility === 'pending' && e.submittedAt !== null && e.submittedAt.getTime() < unscreenedBefore(now).getTime();
}

export const ALERT_CODES = [
  'video_rejected',
  'video_stuck',
  'consent_waiting_guardian',
  'consent_form_to_verify',
  'entries_unscreened',
  'entries_short_of_judges',
  'invitations_pending',
] as const;
export type AlertCode = (typeof ALERT_CODES)[number];

/** Where an alert sends the reader: the competition's entries with a filter, or a section of a round's page. */
export const ALERT_TARGETS = ['entries', 'round'] as const;
export type AlertTarget =
  | { kind: 'entries'; filter: 'video_rejected' | 'video_processing' | 'consent_waiting' | 'consent_to_verify' | 'unscreened' }
  | { kind: 'round'; roundId: string; section: 'panel' | 'assignment' };

export interface RoundRef {
  roundId: string;
  kind: 'national' | 'final';
  countryCode: string | null;
  /** the round's own name (language → text); empty: it is labelled by its kind and country */
  name: Record<string, string>;
}

/** One thing to fix: a code, its facts, and where to fix it. */
export interface Alert {
  code: AlertCode;
  count: number;
  /** the round it is about (entries short of judges, invitations pending); null otherwise */
  round: RoundRef | null;
  /** days (unscreened) or minutes (stuck) of the threshold; judges needed per entry (short of judges); else null */
  threshold: number | null;
  target: AlertTarget;
}

/** The facts the alerts come from, already restricted to what the reader may see. */
export interface AlertFacts {
  videosRejected: number;
  videosStuck: number;
  consentsWaitingGuardian: number;
  consentFormsToVerify: number;
  entriesUnscreened: number;
  /** per draft or open round: its entries with fewer assignments than its k */
  shortOfJudges: (RoundRef & { entries: number; needed: number })[];
  /** per round: invitations to judge it still open */
  pendingInvitations: (RoundRef & { invitations: number })[];
}

/** The alerts, most urgent first; a fact that is zero gives none. */
export function alertsFrom(f: AlertFacts): Alert[] {
  const alerts: Alert[] = [];
  const add = (code: AlertCode, count: number, target: AlertTarget, threshold: number | null = null, round: RoundRef | null = null) => {
    if (count > 0) alerts.push({ code, count, round, threshold, target });
  };
  add('video_rejected', f.videosRejected, { kind: 'entries', filter: 'video_rejected' });
  add('video_stuck', f.videosStuck, { kind: 'entries', filter: 'video_processing' }, STUCK_PROCESSING_MINUTES);
  add('consent_waiting_guardian', f.consentsWaitingGuardian, { kind: 'entries', filter: 'consent_waiting' });
  add('consent_form_to_verify', f.consentFormsToVerify, { kind: 'entries', filter: 'consent_to_verify' });
  add('entries_unscreened', f.entriesUnscreened, { kind: 'entries', filter: 'unscreened' }, UNSCREENED_AFTER_DAYS);
  for (const r of f.shortOfJudges)
    add('entries_short_of_judges', r.entries, { kind: 'round', roundId: r.roundId, section: 'assignment' }, r.needed, roundRef(r));
  for (const r of f.pendingInvitations) add('invitations_pending', r.invitations, { kind: 'round', roundId: r.roundId, section: 'panel' }, null, roundRef(r));
  return alerts;
}

const roundRef = (r: RoundRef): RoundRef => ({ roundId: r.roundId, kind: r.kind, countryCode: r.countryCode, name: r.name });

/** The competition's setup steps, in the order an organiser takes them. */
export const SETUP_STEPS = ['details', 'categories', 'countries', 'licence', 'rounds', 'rubric', 'judges'] as const;
export type SetupStepKey = (typeof SETUP_STEPS)[number];
export const SETUP_STATES = ['done', 'todo', 'blocked'] as const;
export type SetupState = (typeof SETUP_STATES)[number];
/** What a step still misses, besides countries and rounds: the details' rules text or theme, the licence, the consents asked for, the final round. */
export const SETUP_MISSING = ['rules', 'theme', 'licence', 'consents', 'final'] as const;
export type SetupMissing = (typeof SETUP_MISSING)[number];

/** A round a step is about, with the judges it has and needs (judges step). */
export interface SetupRound extends RoundRef {
  judges: number | null;
  needed: number | null;
}

/** One step of the checklist: its state, the step that blocks it, and the facts behind a to-do. */
export interface SetupStep {
  step: SetupStepKey;
  state: SetupState;
  blockedBy: SetupStepKey | null;
  /** how many there are (categories, participating countries, rounds) */
  count: number;
  /** countries the step misses: without a coordinator (countries), without a national round (rounds) */
  countries: string[];
  /** rounds the step misses: without a rubric (rubric), short of judges (judges) */
  rounds: SetupRound[];
  missing: SetupMissing[];
}

/** What the checklist is computed from, restricted to the reader's countries for a coordinator. */
export interface SetupFacts {
  hasRulesText: boolean;
  hasTheme: boolean;
  categories: number;
  countries: string[];
  /** the participating countries with an active coordinator */
  coordinated: string[];
  licenceVersion: number | null;
  requiredConsents: number;
  rounds: (RoundRef & { criteria: number; judges: number; judgesPerEntry: number })[];
  /** whether the final round exists (a coordinator's facts leave it out of `rounds`) */
  hasFinal: boolean;
  /** whether the reader's rounds step includes the final: the organisers' whole view; a country's view does not */
  expectFinal: boolean;
}

/** The checklist: each step done, to do, or blocked by an earlier step that must be done first. */
export function setupChecklist(f: SetupFacts): SetupStep[] {
  const step = (key: SetupStepKey, o: Partial<Omit<SetupStep, 'step' | 'state'>> & { done: boolean; blockedBy?: SetupStepKey | null }): SetupStep => ({
    step: key,
    state: o.done ? 'done' : o.blockedBy ? 'blocked' : 'todo',
    blockedBy: o.done ? null : (o.blockedBy ?? null),
    count: o.count ?? 0,
    countries: o.countries ?? [],
    rounds: o.rounds ?? [],
    missing: o.missing ?? [],
  });
  const countries = [...f.countries].sort();
  const uncoordinated = countries.filter((c) => !f.coordinated.includes(c));
  const detailsMissing: SetupMissing[] = [...(f.hasRulesText ? [] : ['rules' as const]), ...(f.hasTheme ? [] : ['theme' as const])];
  const licenceMissing: SetupMissing[] = [...(f.licenceVersion ? [] : ['licence' as const]), ...(f.requiredConsents > 0 ? [] : ['consents' as const])];
  const withRound = new Set(f.rounds.filter((r) => r.kind === 'national').map((r) => r.countryCode));
  const withoutRound = countries.filter((c) => !withRound.has(c));
  const noRounds = f.rounds.length === 0;
  const withoutRubric = f.rounds.filter((r) => r.criteria === 0);
  const shortOfJudges = f.rounds.filter((r) => r.judges < r.judgesPerEntry);
  const roundsBlocked = countries.length === 0 ? 'countries' : null;
  const finalMissing = f.expectFinal && !f.hasFinal;
  return [
    step('details', { done: detailsMissing.length === 0, missing: detailsMissing }),
    step('categories', { done: f.categories > 0, count: f.categories }),
    step('countries', { done: countries.length > 0 && uncoordinated.length === 0, count: countries.length, countries: uncoordinated }),
    step('licence', { done: licenceMissing.length === 0, missing: licenceMissing }),
    step('rounds', {
      done: !roundsBlocked && withoutRound.length === 0 && !finalMissing,
      blockedBy: roundsBlocked,
      count: f.rounds.length,
      countries: withoutRound,
      missing: finalMissing ? ['final'] : [],
    }),
    step('rubric', {
      done: !noRounds && withoutRubric.length === 0,
      blockedBy: noRounds ? 'rounds' : null,
      rounds: withoutRubric.map((r) => ({ ...roundRef(r), judges: null, needed: null })),
    }),
    step('judges', {
      done: !noRounds && shortOfJudges.length === 0,
      blockedBy: noRounds ? 'rounds' : null,
      rounds: shortOfJudges.map((r) => ({ ...roundRef(r), judges: r.judges, needed: r.judgesPerEntry })),
    }),
  ];
}
