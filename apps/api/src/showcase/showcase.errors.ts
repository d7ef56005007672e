import { ShowcaseReason } from '@clapper/domain/refusals';
import { DomainError } from '../common/domain-error.js';

const WHY: Record<ShowcaseReason, string> = {
  [ShowcaseReason.EditionNotFound]: 'There is no public edition at this address.',
  [ShowcaseReason.WorkNotFound]: 'There is no public work at this address.',
  [ShowcaseReason.MediaNotFound]: 'There is no public media at this address.',
  [ShowcaseReason.PageNotFound]: 'There is no showcase page at this address.',
};

/**
 * Why a showcase address answers nothing. Every reason is a 404 (showcase-exception.filter.ts answers it with the
 * HTML 404 page): the public never learns whether a sealed or withdrawn work exists.
 */
export const notPublic = (reason: ShowcaseReason = ShowcaseReason.WorkNotFound) => new DomainError('not_found', reason, WHY[reason], {});
