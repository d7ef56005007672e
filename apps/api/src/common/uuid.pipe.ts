import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './domain-error.js';

/** Ids in paths must be UUIDs; anything else is a 400 naming the parameter, not a database error. */
export const uuidPipe = new ParseUUIDPipe({
  version: undefined,
  exceptionFactory: () => new DomainError('validation_failed', 'The id in the address is not a valid id.', [{ field: 'id', messages: ['must be a UUID'] }]),
});
