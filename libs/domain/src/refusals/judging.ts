import type { Problem } from '../refusals.js';

/**
 * Refusals of the judging domain: setting up and running rounds, their panels and assignments, and promotion from a
 * national round to the final. Each value is `judging.<name>`; the web translates it under `refusals.judging.<name>`.
 */
export enum JudgingReason {
  /** the round is closed: its settings, panel, scores and assignments are locked */
  RoundClosed = 'judging.round_closed',
  RoundAlreadyOpen = 'judging.round_already_open',
  /** closing a round that has not been opened */
  RoundNotOpen = 'judging.round_not_open',
  /** closing, not forced, while assigned scorecards are still not submitted */
  ScorecardsMissing = 'judging.scorecards_missing',
  /** opening a round whose panel has no judge: nobody could score */
  NoJudges = 'judging.no_judges',
  /** opening a national round when its country has no eligible entry (none screened eligible yet) */
  NoEligibleEntries = 'judging.no_eligible_entries',
  /** opening the final before any entry has been promoted to it */
  NoFinalists = 'judging.no_finalists',
  /**
   * opening a round, not confirmed, while the competition still takes submissions: judges see only the entries in
   * so far (a national round takes in later ones each time the assignment runs)
   */
  SubmissionsOpen = 'judging.submissions_open',
  /** a scorecard has been submitted in the round: its rubric stays */
  RubricFrozen = 'judging.rubric_frozen',
  NationalRoundExists = 'judging.national_round_exists',
  FinalExists = 'judging.final_exists',
  /** a coordinator setting up another country's national round */
  OwnCountryOnly = 'judging.own_country_only',
  /** a coordinator setting up the final */
  FinalOrganisersOnly = 'judging.final_organisers_only',
  /** field problem: the competition of a new round does not exist */
  CompetitionUnknown = 'judging.competition_unknown',
  /** field problem: a national round for a country that does not take part */
  CountryNotParticipating = 'judging.country_not_participating',
  /** field problem: the final is for every country, so it names none */
  FinalHasNoCountry = 'judging.final_has_no_country',
  /** field problem: only the final has a per-country quota */
  QuotaFinalOnly = 'judging.quota_final_only',
  /** field problem: the window closes at or before it opens */
  ClosesBeforeOpens = 'judging.closes_before_opens',
  /** a judge added by hand to an entry they declared a conflict with */
  DeclaredConflictEntry = 'judging.declared_conflict_entry',
  /** … with one of the entry's schools */
  DeclaredConflictSchool = 'judging.declared_conflict_school',
  /** … with the entry's country */
  DeclaredConflictCountry = 'judging.declared_conflict_country',
  /** a judge added by hand to an entry of their own school */
  OwnSchool = 'judging.own_school',
  /** a judge added by hand to an entry of their own country, in a round that excludes it (the final) */
  OwnCountry = 'judging.own_country',
  AlreadyAssigned = 'judging.already_assigned',
  /** removing an assignment whose scorecard is submitted: submitted work stays */
  ScorecardSubmitted = 'judging.scorecard_submitted',
  /** field problem: a judge declared a link with a school that is not in the directory */
  UnknownSchool = 'judging.unknown_school',
  /** promotion from a round that is not a national round */
  NotNational = 'judging.not_national',
  /** promotion before the organisers set up the final */
  NoFinal = 'judging.no_final',
  /** promotion (or its undoing) once the final has opened */
  FinalOpen = 'judging.final_open',
  /** promotion before the national round closed */
  RoundNotClosed = 'judging.round_not_closed',
  AlreadyPromoted = 'judging.already_promoted',
  /** more entries than the country's places in the final */
  QuotaExceeded = 'judging.quota_exceeded',
  /** entries without a submitted scorecard have no rank to promote from */
  Unscored = 'judging.unscored',
  /**
   * opening several rounds at once when some of them are not ready (no judge, or no entry): nothing is opened, and
   * `problems` names each round that is not ready (national_round_not_ready, final_not_ready)
   */
  RoundsNotReady = 'judging.rounds_not_ready',
  /** one of rounds_not_ready's problems: a national round, with its judges and eligible entries */
  NationalRoundNotReady = 'judging.national_round_not_ready',
  /** one of rounds_not_ready's problems: the final, with its judges and finalists */
  FinalNotReady = 'judging.final_not_ready',
}

/** The facts each refusal carries, for the message in the reader's language. */
export interface JudgingReasonParams {
  [JudgingReason.RoundClosed]: Record<string, never>;
  [JudgingReason.RoundAlreadyOpen]: Record<string, never>;
  [JudgingReason.RoundNotOpen]: Record<string, never>;
  /** `missing` = assigned − submitted, also as `count` for the plural */
  /**
   * `missing` = assigned − submitted, also as `count` for the plural; `judges`: the display names of the judges with a
   * scorecard not submitted, `judgesBehind` how many they are
   */
  [JudgingReason.ScorecardsMissing]: { assigned: number; submitted: number; missing: number; count: number; judges: string[]; judgesBehind: number };
  [JudgingReason.NoJudges]: Record<string, never>;
  /** the round's country */
  [JudgingReason.NoEligibleEntries]: { country: string };
  [JudgingReason.NoFinalists]: Record<string, never>;
  /**
   * `closesAt`: when submissions close (ISO instant); `submitted`: entries submitted so far (in the round's country
   * for a national round); `entries`: entries the round would take now, also as `count`
   */
  [JudgingReason.SubmissionsOpen]: { closesAt: string; submitted: number; entries: number; count: number };
  [JudgingReason.RubricFrozen]: Record<string, never>;
  [JudgingReason.NationalRoundExists]: { country: string };
  [JudgingReason.FinalExists]: Record<string, never>;
  [JudgingReason.OwnCountryOnly]: { country: string };
  [JudgingReason.FinalOrganisersOnly]: Record<string, never>;
  [JudgingReason.CompetitionUnknown]: Record<string, never>;
  [JudgingReason.CountryNotParticipating]: { country: string };
  [JudgingReason.FinalHasNoCountry]: Record<string, never>;
  [JudgingReason.QuotaFinalOnly]: Record<string, never>;
  /** `opensAt`: the window's start, an ISO instant */
  [JudgingReason.ClosesBeforeOpens]: { opensAt: string };
  /** `judge`: the judge's display name; `code`: the entry's code */
  [JudgingReason.DeclaredConflictEntry]: { judge: string; code: string };
  [JudgingReason.DeclaredConflictSchool]: { judge: string; code: string };
  [JudgingReason.DeclaredConflictCountry]: { judge: string; code: string };
  [JudgingReason.OwnSchool]: { judge: string; code: string };
  [JudgingReason.OwnCountry]: { judge: string; code: string };
  [JudgingReason.AlreadyAssigned]: { judge: string; code: string };
  [JudgingReason.ScorecardSubmitted]: { judge: string; code: string };
  [JudgingReason.UnknownSchool]: Record<string, never>;
  [JudgingReason.NotNational]: Record<string, never>;
  [JudgingReason.NoFinal]: Record<string, never>;
  [JudgingReason.FinalOpen]: Record<string, never>;
  [JudgingReason.RoundNotClosed]: Record<string, never>;
  /** the entries' codes */
  [JudgingReason.AlreadyPromoted]: { codes: string[] };
  /** `quota`: the country's places in the final (also `count`); `promoted`: taken already; `remaining`: still free */
  [JudgingReason.QuotaExceeded]: { country: string; quota: number; promoted: number; remaining: number; count: number };
  /** the entries' codes, and how many (`count`) */
  [JudgingReason.Unscored]: { codes: string[]; count: number };
  /** `problems`: one per round that is not ready */
  [JudgingReason.RoundsNotReady]: { problems: Problem[] };
  /** the round's country; its judges on the panel and its eligible entries */
  [JudgingReason.NationalRoundNotReady]: { country: string; judges: number; entries: number };
  /** the final's judges on the panel and its finalists */
  [JudgingReason.FinalNotReady]: { judges: number; entries: number };
}
