import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins, kept for the lock window; shared by every API replica because it lives in Postgres. */
@Entity('sign_in_failures')
@Index('ix_sign_in_failures_email_at', ['email', 'at'])
export class SignInFailure {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'timestamptz' })
  at: Date;
}
