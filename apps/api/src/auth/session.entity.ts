import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../accounts/user.entity.js';

/** Server-side sessions. Only a SHA-256 of the cookie's token is stored. */
@Entity('sessions')
@Index('ix_sessions_expires', ['expiresAt'])
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** updated at most once per LAST_SEEN_EVERY_MS (session.service.ts), not on every request */
  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  /** the browser's User-Agent at sign-in (cut to 512 characters), to name the device in the list of sessions */
  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;
}
