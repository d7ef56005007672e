/** Why a showcase address answers nothing. Every code is a 404: the public never learns whether a sealed or withdrawn work exists. */
export enum ShowcaseErrorCode {
  EditionNotFound = 'edition_not_found',
  WorkNotFound = 'work_not_found',
  MediaNotFound = 'media_not_found',
  PageNotFound = 'page_not_found',
}

export class ShowcaseError extends Error {
  constructor(readonly code: ShowcaseErrorCode) {
    super(code);
  }

  /** the one mapping of showcase errors to HTTP */
  get status(): number {
    return 404;
  }
}

export const notPublic = (code: ShowcaseErrorCode = ShowcaseErrorCode.WorkNotFound) => new ShowcaseError(code);
