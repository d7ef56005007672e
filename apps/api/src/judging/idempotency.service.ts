import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldReason, ScoringReason } from '@clapper/domain/refusals';
import { DomainError, fieldRefusal } from '../common/domain-error.js';
import { IdempotencyRecord } from './idempotency-record.entity.js';

const KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

/**
 * Runs a request once per Idempotency-Key: the same key with the same request gets the stored answer again, with
 * no second effect; the same key with another request is refused. Works inside the caller's transaction, with an
 * advisory lock on the key so that two copies sent at once wait for each other.
 */
@Injectable()
export class IdempotencyService {
  async once<T extends object>(
    m: EntityManager,
    userId: string,
    key: string | undefined,
    request: { method: string; path: string; body: unknown },
    run: () => Promise<T>,
  ): Promise<T> {
    if (key === undefined) return run();
    if (!KEY.test(key)) throw fieldRefusal('Idempotency-Key', FieldReason.BadFormat, {}, 'The Idempotency-Key header must be 8–100 letters, digits or - _ . :');
    const fingerprint = `${request.method} ${request.path} ${createHash('sha256')
      .update(JSON.stringify(request.body ?? null))
      .digest('hex')}`.slice(0, 300);
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${userId}:${key}`]);
    const seen = await m.findOne(IdempotencyRecord, { where: { userId, key } });
    if (seen) {
      if (seen.fingerprint !== fingerprint)
        throw new DomainError(
          'rule_violation',
          ScoringReason.IdempotencyKeyReused,
          'This Idempotency-Key was already used for a different request. Send a new key.',
          {},
        );
      return seen.body as T;
    }
    const body = await run();
    await m.insert(IdempotencyRecord, { userId, key, fingerprint, statusCode: 200, body });
    return body;
  }
}
