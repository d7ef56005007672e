/** Refusals of the campaigns domain. Each value is `campaigns.<name>`; the web translates it under `refusals.campaigns.<name>`. */
export enum CampaignsReason {
  // why a work may not be reused now: a work in a campaign shows it as its flag, and adding, using or downloading it is refused with it
  /** the team withdrew the entry on `on` */
  EntryWithdrawn = 'campaigns.entry_withdrawn',
  /** the entry is not submitted */
  NotSubmitted = 'campaigns.not_submitted',
  /** a team member's or a guardian's consent was withdrawn on `on` */
  ConsentWithdrawn = 'campaigns.consent_withdrawn',
  /** the team has not accepted the licence */
  LicenceMissing = 'campaigns.licence_missing',
  /** a member's consent (or a minor's guardian's) is not given yet */
  ConsentMissing = 'campaigns.consent_missing',
  /** the video is not processed and ready */
  VideoNotReady = 'campaigns.video_not_ready',

  /** the campaign is for one country's works; this work is from another */
  OtherCountry = 'campaigns.other_country',
  AlreadyAdded = 'campaigns.already_added',
  /** a campaign with recorded uses or kit downloads is kept as the record of reuse */
  HasHistory = 'campaigns.has_history',
  /** a kit of a campaign without works */
  Empty = 'campaigns.empty',
  /** a kit of a campaign whose every work is flagged */
  AllFlagged = 'campaigns.all_flagged',
  /** a stored file of the work's video is missing, so its kit cannot be made */
  FileMissing = 'campaigns.file_missing',
  /** a coordinator's campaign for a country they do not coordinate */
  NotYourCountry = 'campaigns.not_your_country',
  /** a field problem of `competitionId`: no such competition */
  UnknownCompetition = 'campaigns.unknown_competition',
  /** a field problem of `countryCode`: a coordinator of several countries says which one */
  CountryNeeded = 'campaigns.country_needed',
  /** a field problem of `countryCode`: the country does not take part in the competition */
  CountryNotInCompetition = 'campaigns.country_not_in_competition',
  /** a field problem of `usedOn`: a use is recorded once it has happened */
  UseInFuture = 'campaigns.use_in_future',
}

/** The facts each refusal carries, for the message in the reader's language. `code` is the work's entry code. */
export interface CampaignsReasonParams {
  /** `on`: the day of the withdrawal (ISO) */
  [CampaignsReason.EntryWithdrawn]: { code: string; on: string };
  [CampaignsReason.NotSubmitted]: { code: string };
  /** `on`: the day of the latest withdrawal (ISO) */
  [CampaignsReason.ConsentWithdrawn]: { code: string; on: string };
  [CampaignsReason.LicenceMissing]: { code: string };
  [CampaignsReason.ConsentMissing]: { code: string };
  [CampaignsReason.VideoNotReady]: { code: string };
  /** `country`: the campaign's; `entryCountry`: the work's */
  [CampaignsReason.OtherCountry]: { code: string; country: string; entryCountry: string };
  [CampaignsReason.AlreadyAdded]: { code: string };
  [CampaignsReason.HasHistory]: { uses: number; downloads: number };
  [CampaignsReason.Empty]: Record<string, never>;
  [CampaignsReason.AllFlagged]: Record<string, never>;
  [CampaignsReason.FileMissing]: { code: string };
  /** `countries`: the ones the coordinator builds campaigns for */
  [CampaignsReason.NotYourCountry]: { countries: string[] };
  [CampaignsReason.UnknownCompetition]: Record<string, never>;
  /** `countries`: the coordinator's countries to choose from */
  [CampaignsReason.CountryNeeded]: { countries: string[] };
  [CampaignsReason.CountryNotInCompetition]: { country: string };
  /** `today`: the latest day a use can have (ISO) */
  [CampaignsReason.UseInFuture]: { today: string };
}

/** The reasons a work in a campaign may be flagged with (each also refuses adding, using or downloading it). */
export const WORK_FLAG_REASONS = [
  CampaignsReason.EntryWithdrawn,
  CampaignsReason.NotSubmitted,
  CampaignsReason.ConsentWithdrawn,
  CampaignsReason.LicenceMissing,
  CampaignsReason.ConsentMissing,
  CampaignsReason.VideoNotReady,
] as const;
export type WorkFlagReason = (typeof WORK_FLAG_REASONS)[number];
