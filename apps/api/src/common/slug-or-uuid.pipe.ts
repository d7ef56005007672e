import type { PipeTransform } from '@nestjs/common';
import { DomainError } from './domain-error.js';

/** A competition is addressed by id or by slug; anything else is refused before it reaches the database. */
export const slugOrUuidPipe: PipeTransform<string, string> = {
  transform(value: string) {
    if (typeof value === 'string' && /^[a-z0-9-]{1,80}$/i.test(value)) return value.toLowerCase();
    throw new DomainError('validation_failed', 'The address does not name a competition.', [
      { field: 'idOrSlug', messages: ['must be an id or a short name like asean-japan-2027'] },
    ]);
  },
};
