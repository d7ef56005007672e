import { paths } from '../../../app/paths';
import type { DashboardAlert, SetupStep } from '../api/get-dashboard';

/** Where the dashboard is read: an organiser's console, or a coordinator's pages for one country. */
export interface DashboardPlace {
  competitionId: string;
  /** the coordinator's country (their pages live under /coordinate/:country); undefined for an organiser */
  coordinatorCountry?: string;
  /** the countries the figures cover */
  countries: string[];
}

/** The section ids of the settings page (the competition form's headings). */
export const SETTINGS_SECTIONS = { details: 'cf-basics-h', categories: 'cf-categories-h', countries: 'cf-countries-h', licence: 'cf-rules-h' } as const;

/** The panels section of the rounds page (features/rounds/components/panels-section.tsx). */
export const ROUNDS_PANELS = 'rounds-panels-h';

const roundsBase = (place: DashboardPlace) => paths.rounds.base(place.coordinatorCountry);

/** Where a setup step is done; null where the reader cannot do it (a coordinator, for the organisers' steps). */
export function stepHref(step: SetupStep, place: DashboardPlace): string | null {
  const base = roundsBase(place);
  const organiser = !place.coordinatorCountry;
  switch (step.step) {
    case 'details':
    case 'categories':
    case 'licence':
      return organiser ? paths.admin.competitionSettings(place.competitionId, SETTINGS_SECTIONS[step.step]) : null;
    case 'countries':
      if (!organiser) return null;
      // countries chosen: what is left is inviting their coordinators
      return step.count > 0 && step.countries.length
        ? paths.admin.invitations
        : paths.admin.competitionSettings(place.competitionId, SETTINGS_SECTIONS.countries);
    case 'rounds':
      return paths.rounds.list(base, place.competitionId);
    case 'rubric':
      return step.rounds[0] ? paths.rounds.round(base, step.rounds[0].roundId, 'setup') : paths.rounds.list(base, place.competitionId);
    case 'judges':
      // the rounds page's panels: every round short of judges, with people of the pool to add
      return `${paths.rounds.list(base, place.competitionId)}#${ROUNDS_PANELS}`;
  }
}

/** The central list of entries filtered to what an entries alert is about (the list's query parameters). */
const ENTRIES_VIEW: Record<NonNullable<DashboardAlert['target']['filter']>, Record<string, string>> = {
  video_rejected: { video: 'rejected' },
  video_processing: { video: 'processing' },
  consent_waiting: { consent: 'waiting' },
  consent_to_verify: { consent: 'waiting' },
  unscreened: { status: 'submitted', screening: 'pending', sort: 'submittedAt' },
};

/**
 * Where an alert is fixed: a round's alert opens the round's section; an entries alert opens the central list of
 * entries, filtered to the competition (and under the coordinator's country) and to what the alert is about.
 */
export function alertHref(alert: DashboardAlert, place: DashboardPlace): string {
  const { target } = alert;
  if (target.kind === 'round' && target.roundId) return paths.rounds.round(roundsBase(place), target.roundId, target.section);
  return paths.entries.list(place.coordinatorCountry, { competitionId: place.competitionId, ...(target.filter ? ENTRIES_VIEW[target.filter] : {}) });
}
