import type { PipeTransform } from '@nestjs/common';
import { FieldReason } from '@clapper/domain/refusals';
import { fieldRefusal } from './domain-error.js';

/** A competition is addressed by id or by slug; anything else is refused before it reaches the database. */
export const slugOrUuidPipe: PipeTransform<string, string> = {
  transform(value: string) {
    if (typeof value === 'string' && /^[a-z0-9-]{1,80}$/i.test(value)) return value.toLowerCase();
    throw fieldRefusal('idOrSlug', FieldReason.BadFormat, {}, 'must be an id or a short name like asean-japan-2027');
  },
};
