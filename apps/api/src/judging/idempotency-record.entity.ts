import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The answer given to a request sent with an Idempotency-Key, so that the same request sent again (a retry, a
 * double click) has one effect and gets the same answer. Keys are per user; a key reused for another request is
 * refused.
 */
@Entity('idempotency_records')
export class IdempotencyRecord {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  /** what the request was: method, path and a hash of the body */
  @Column({ type: 'varchar', length: 300 })
  fingerprint: string;

  @Column({ type: 'int' })
  statusCode: number;

  @Column({ type: 'jsonb' })
  body: object;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
