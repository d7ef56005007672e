/**
 * Refusals of the showcase domain. Each value is `showcase.<name>`; the web translates it under `refusals.showcase.<name>`.
 * The showcase answers every one with its HTML 404 page: the public never learns whether a sealed or withdrawn work exists.
 */
export enum ShowcaseReason {
  EditionNotFound = 'showcase.edition_not_found',
  WorkNotFound = 'showcase.work_not_found',
  MediaNotFound = 'showcase.media_not_found',
  PageNotFound = 'showcase.page_not_found',
}

/** The facts each refusal carries: none, so that a 404 says nothing about what exists. */
export interface ShowcaseReasonParams {
  [ShowcaseReason.EditionNotFound]: Record<string, never>;
  [ShowcaseReason.WorkNotFound]: Record<string, never>;
  [ShowcaseReason.MediaNotFound]: Record<string, never>;
  [ShowcaseReason.PageNotFound]: Record<string, never>;
}
