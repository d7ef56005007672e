/** Refusals of the voting domain. Each value is `voting.<name>`; the web translates it under `refusals.voting.<name>`. */
export enum VotingReason {
  /** the competition runs no audience vote */
  Off = 'voting.off',
  /** the voting window has not opened yet */
  NotOpen = 'voting.not_open',
  /** the voting window has closed */
  Closed = 'voting.closed',
  /** votes come from verified email addresses only */
  EmailNotVerified = 'voting.email_not_verified',
  /** vote counts stay hidden until the results are published */
  CountsHidden = 'voting.counts_hidden',
  /** a field problem of `entryId`: not a finalist on this ballot */
  NotAFinalist = 'voting.not_a_finalist',
  /** a field problem of `entryId`: a finalist of another category */
  OtherCategory = 'voting.other_category',
}

/** The facts each refusal carries, for the message in the reader's language. */
export interface VotingReasonParams {
  [VotingReason.Off]: Record<string, never>;
  [VotingReason.NotOpen]: { opensAt: string; closesAt: string };
  [VotingReason.Closed]: { opensAt: string; closesAt: string };
  [VotingReason.EmailNotVerified]: Record<string, never>;
  [VotingReason.CountsHidden]: Record<string, never>;
  [VotingReason.NotAFinalist]: Record<string, never>;
  [VotingReason.OtherCategory]: Record<string, never>;
}
