import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Requests counted per key (bucket and client address) and fixed window; in Postgres so every replica shares them. */
@Entity('rate_limit_hits')
@Index('ix_rate_limit_hits_window', ['windowStart'])
export class RateLimitHit {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @PrimaryColumn({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'int' })
  count: number;
}
