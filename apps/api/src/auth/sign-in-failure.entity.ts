import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Failed sign-ins, one row each, with the client address they came from (as Express sees it: TRUST_PROXY).
 * They slow down that client for that account (and a client failing across many accounts), never the account
 * itself; shared by every API replica because they live in Postgres.
 */
@Entity('sign_in_failures')
@Index('ix_sign_in_failures_email_client_at', ['email', 'clientAddress', 'at'])
@Index('ix_sign_in_failures_client_at', ['clientAddress', 'at'])
export class SignInFailure {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  clientAddress: string;

  @Column({ type: 'timestamptz' })
  at: Date;
}
