/**
 * Every reason the API can give for refusing a request, one enum per domain (refusals/<domain>.ts), each with the
 * typed facts (`params`) its message needs. The API sends `{ code, reason, params, message }`: `code` is the HTTP
 * category, `reason` says exactly what, and `message` is English for API users and logs only. The web renders
 * `refusals.<reason>` with the params in the reader's language and never shows `message`.
 *
 * Param names say how the web formats them (apps/web/src/lib/i18n-formats.ts): `…At` an ISO instant, `…On` a
 * calendar day, `seconds` a duration, `bytes` a file size, `country` a country code, `countries` a list of them,
 * other arrays a list, numbers in the reader's digits.
 */
import { CommonReason, FieldReason, type CommonReasonParams, type FieldReasonParams } from './refusals/common.js';
import { AccountsReason, type AccountsReasonParams } from './refusals/accounts.js';
import { CampaignsReason, type CampaignsReasonParams } from './refusals/campaigns.js';
import { CompetitionsReason, type CompetitionsReasonParams } from './refusals/competitions.js';
import { ConsentsReason, type ConsentsReasonParams } from './refusals/consents.js';
import { EntriesReason, type EntriesReasonParams } from './refusals/entries.js';
import { JudgingReason, type JudgingReasonParams } from './refusals/judging.js';
import { NotificationsReason, type NotificationsReasonParams } from './refusals/notifications.js';
import { ResultsReason, type ResultsReasonParams } from './refusals/results.js';
import { ScoringReason, type ScoringReasonParams } from './refusals/scoring.js';
import { ShowcaseReason, type ShowcaseReasonParams } from './refusals/showcase.js';
import { VideosReason, type VideosReasonParams } from './refusals/videos.js';
import { VotingReason, type VotingReasonParams } from './refusals/voting.js';

export { CommonReason, FieldReason, Thing } from './refusals/common.js';
export { AccountsReason } from './refusals/accounts.js';
export { CampaignsReason } from './refusals/campaigns.js';
export { CompetitionsReason } from './refusals/competitions.js';
export { ConsentsReason } from './refusals/consents.js';
export { EntriesReason } from './refusals/entries.js';
export { JudgingReason } from './refusals/judging.js';
export { NotificationsReason } from './refusals/notifications.js';
export { ResultsReason } from './refusals/results.js';
export { ScoringReason } from './refusals/scoring.js';
export { ShowcaseReason } from './refusals/showcase.js';
export { VideosReason } from './refusals/videos.js';
export { VotingReason } from './refusals/voting.js';

/** The enums by domain: the domain is the part of each value before the dot. */
export const REASON_ENUMS = {
  common: CommonReason,
  field: FieldReason,
  accounts: AccountsReason,
  campaigns: CampaignsReason,
  competitions: CompetitionsReason,
  consents: ConsentsReason,
  entries: EntriesReason,
  judging: JudgingReason,
  notifications: NotificationsReason,
  results: ResultsReason,
  scoring: ScoringReason,
  showcase: ShowcaseReason,
  videos: VideosReason,
  voting: VotingReason,
} as const;

export type ErrorReason =
  | CommonReason
  | FieldReason
  | AccountsReason
  | CampaignsReason
  | CompetitionsReason
  | ConsentsReason
  | EntriesReason
  | JudgingReason
  | NotificationsReason
  | ResultsReason
  | ScoringReason
  | ShowcaseReason
  | VideosReason
  | VotingReason;

/** reason → the facts its message needs */
export type ReasonParamsMap = CommonReasonParams &
  FieldReasonParams &
  AccountsReasonParams &
  CampaignsReasonParams &
  CompetitionsReasonParams &
  ConsentsReasonParams &
  EntriesReasonParams &
  JudgingReasonParams &
  NotificationsReasonParams &
  ResultsReasonParams &
  ScoringReasonParams &
  ShowcaseReasonParams &
  VideosReasonParams &
  VotingReasonParams;

export type ReasonParams<R extends ErrorReason> = R extends keyof ReasonParamsMap ? ReasonParamsMap[R] : Record<string, never>;

/** A param's value: text, a number, a flag, a list of them, or a list of nested problems (each a reason with params). */
export type ParamValue = string | number | boolean | null | readonly string[] | readonly number[] | readonly Problem[];

/** One problem among several (a field's, a submission's, a video's): a reason and its facts. */
export interface Problem<R extends ErrorReason = ErrorReason> {
  reason: R;
  params: ReasonParams<R>;
}

/** Every reason, sorted: the OpenAPI document's ErrorReason enum and the catalogs' check both read it. */
export const ERROR_REASONS: readonly ErrorReason[] = Object.values(REASON_ENUMS)
  .flatMap((e) => Object.values(e) as ErrorReason[])
  .sort();

const KNOWN = new Set<string>(ERROR_REASONS.map((r) => String(r)));
export const isErrorReason = (value: unknown): value is ErrorReason => typeof value === 'string' && KNOWN.has(value);

/** A problem with its facts typed against its reason. */
export function problem<R extends ErrorReason>(
  reason: R,
  ...[params]: ReasonParams<R> extends Record<string, never> ? [params?: ReasonParams<R>] : [params: ReasonParams<R>]
): Problem<R> {
  return { reason, params: (params ?? {}) as ReasonParams<R> };
}
