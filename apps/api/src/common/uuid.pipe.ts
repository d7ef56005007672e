import { ParseUUIDPipe } from '@nestjs/common';
import { FieldReason } from '@clapper/domain/refusals';
import { fieldRefusal } from './domain-error.js';

/** Ids in paths must be UUIDs; anything else is a 400 naming the parameter, not a database error. */
export const uuidPipe = new ParseUUIDPipe({
  version: undefined,
  exceptionFactory: () => fieldRefusal('id', FieldReason.NotUuid, {}, 'must be a UUID'),
});
