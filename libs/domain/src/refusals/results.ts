import type { Problem } from '../refusals.js';

/** Refusals of the results domain. Each value is `results.<name>`; the web translates it under `refusals.results.<name>`. */
export enum ResultsReason {
  /** the results are sealed: unseal them before changing awards, options or tie decisions */
  Sealed = 'results.sealed',
  /** the results are published: nothing about them changes any more (nor are they sealed or published again) */
  Published = 'results.published',
  /** unsealing or publishing results that are not sealed */
  NotSealed = 'results.not_sealed',
  /** ceremony mode before the results are sealed: `problems` lists what stands in the way of sealing (none: seal first) */
  CeremonyNotSealed = 'results.ceremony_not_sealed',
  /** sealing refused: `problems` lists what still stands in the way (the blockers below) */
  NotReady = 'results.not_ready',
  /** the competition has no final round (assigning awards; a seal blocker) */
  NoFinal = 'results.no_final',
  /** the competition has no awards (assigning awards; a seal blocker) */
  NoAwards = 'results.no_awards',
  /** a seal blocker: the final round is not closed, so scorecards may still change */
  FinalNotClosed = 'results.final_not_closed',
  /** a seal blocker: these awards have no winners (`awards`: their English names, `awardIds` to name them in the reader's language) */
  AwardsWithoutWinners = 'results.awards_without_winners',
  /**
   * a seal blocker, and publishing refused: the last winning place of these awards falls inside a tie the tie-break
   * chain left unresolved, and nobody decided it (a tie decision, or winners chosen by hand with a reason) (`awards`:
   * their English names, `awardIds` to name them in the reader's language)
   */
  AwardsUndecided = 'results.awards_undecided',
  /** a tie decision on entries whose scores differ */
  NotTied = 'results.not_tied',
  /** a tie decision naming an entry that is not in the round */
  TieOutsideRound = 'results.tie_outside_round',
  /**
   * changing how totals are combined after judges have submitted `scorecards` scorecards: the ranking may change, so
   * the organiser confirms it (confirmAggregationChange), and the audit log keeps the change
   */
  AggregationUnconfirmed = 'results.aggregation_unconfirmed',
  /** a field problem of `tieBreaks.<i>`: the tie-break at `position` repeats the one at `earlier` */
  TieBreakRepeated = 'results.tie_break_repeated',
  /** a field problem of `tieBreaks.<i>`: the organisers' decision must come last in the chain */
  OrganiserNotLast = 'results.organiser_not_last',
  /** a field problem of `winners`: more winners than the award has places */
  TooManyWinners = 'results.too_many_winners',
  /** a field problem of `winners`: each winner needs a different place from 1 to `places` */
  PlacesNotDistinct = 'results.places_not_distinct',
  /** a field problem of `winners`: a winner is not an entry of the final */
  WinnerNotInFinal = 'results.winner_not_in_final',
  /** a field problem of `winners`: a winner of a country's award is from another country */
  WinnerOtherCountry = 'results.winner_other_country',
  /** a field problem of `winners`: a winner is not in the award's category */
  WinnerOtherCategory = 'results.winner_other_category',
  /** a field problem of `categoryId`: not a category of this competition */
  UnknownCategory = 'results.unknown_category',
  /** a field problem of `kind`: an audience award in a competition that runs no audience vote */
  NoAudienceVote = 'results.no_audience_vote',
  /** certificates before the results are published (organisers: before they are sealed) */
  CertificatesNotPublished = 'results.certificates_not_published',
  /** this server lacks the fonts (`fonts`: their families) to draw a certificate in this language */
  CertificateFontMissing = 'results.certificate_font_missing',
}

/** The facts each refusal carries, for the message in the reader's language. `code` is an entry's code. */
export interface ResultsReasonParams {
  [ResultsReason.Sealed]: Record<string, never>;
  [ResultsReason.Published]: Record<string, never>;
  [ResultsReason.NotSealed]: Record<string, never>;
  [ResultsReason.CeremonyNotSealed]: { problems: Problem[] };
  [ResultsReason.NotReady]: { problems: Problem[] };
  [ResultsReason.NoFinal]: Record<string, never>;
  [ResultsReason.NoAwards]: Record<string, never>;
  [ResultsReason.FinalNotClosed]: Record<string, never>;
  /** `awards`: the awards' names in every language of the competition (language → text), the reader picks theirs */
  [ResultsReason.AwardsWithoutWinners]: { awards: Record<string, string>[]; awardIds: string[] };
  [ResultsReason.AwardsUndecided]: { awards: Record<string, string>[]; awardIds: string[] };
  [ResultsReason.NotTied]: Record<string, never>;
  [ResultsReason.TieOutsideRound]: Record<string, never>;
  [ResultsReason.AggregationUnconfirmed]: { scorecards: number };
  [ResultsReason.TieBreakRepeated]: { position: number; earlier: number };
  [ResultsReason.OrganiserNotLast]: { position: number };
  [ResultsReason.TooManyWinners]: { places: number; winners: number };
  [ResultsReason.PlacesNotDistinct]: { places: number };
  [ResultsReason.WinnerNotInFinal]: Record<string, never>;
  [ResultsReason.WinnerOtherCountry]: { code: string; country: string };
  [ResultsReason.WinnerOtherCategory]: { code: string };
  [ResultsReason.UnknownCategory]: Record<string, never>;
  [ResultsReason.NoAudienceVote]: Record<string, never>;
  [ResultsReason.CertificatesNotPublished]: Record<string, never>;
  [ResultsReason.CertificateFontMissing]: { fonts: string[] };
}
