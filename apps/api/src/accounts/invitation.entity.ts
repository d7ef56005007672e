import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Round } from '../judging/round.entity.js';
import type { InvitedRole } from '@clapper/domain/roles';
import { School } from './school.entity.js';
import { User } from './user.entity.js';

/**
 * A single-use, expiring invitation for a judge, coordinator, organiser or a school's teacher. Only a SHA-256 of the
 * token is stored. A teacher's invitation names the school and its country; the coordinator who sent it vouches for it.
 */
@Entity('invitations')
@Check('ck_invitations_role', `"role" IN ('organiser','coordinator','judge','teacher')`)
@Check('ck_invitations_teacher_school', `"role" <> 'teacher' OR ("school_id" IS NOT NULL AND "country_code" IS NOT NULL)`)
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 20 })
  role: InvitedRole;

  @Column({ type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Column({ type: 'uuid', nullable: true })
  roundId: string | null;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<Round>;

  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  school?: Relation<School>;

  /** the language the invitation's email was written in: a new account made by accepting it reads that language */
  @Column({ type: 'varchar', length: 10, nullable: true })
  language: string | null;

  @Column({ type: 'uuid' })
  invitedBy: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by' })
  inviter?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
