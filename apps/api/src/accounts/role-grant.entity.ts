import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Round } from '../judging/round.entity.js';
import type { Role } from '@clapper/domain/roles';
import { User } from './user.entity.js';

export type RoleGrantStatus = 'active' | 'pending' | 'refused';

/**
 * A role held by a user, with its scope: coordinators hold a country, teachers and students a school, judges a round.
 * A teacher's link to a school is pending until the country's coordinator (or an organiser) approves it, unless it
 * came from a coordinator's invitation; only active grants count anywhere (SessionService loads no other).
 */
@Entity('role_grants')
@Check('ck_role_grants_role', `"role" IN ('organiser','coordinator','judge','teacher','student')`)
@Check('ck_role_grants_coordinator_country', `"role" <> 'coordinator' OR "country_code" IS NOT NULL`)
@Check('ck_role_grants_status', `"status" IN ('active','pending','refused') AND ("status" = 'active' OR "role" = 'teacher')`)
@Index('ix_role_grants_user', ['userId'])
export class RoleGrant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, (u) => u.grants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Column({ type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @Column({ type: 'uuid', nullable: true })
  roundId: string | null;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<Round>;

  @Column({ type: 'uuid', nullable: true })
  grantedBy: string | null;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  status: RoleGrantStatus;

  /** who approved or refused a pending grant, and when */
  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The roles a user holds, with their scopes: active grants only. A pending or refused teacher request is no role. */
export function heldRoles(grants: RoleGrant[] | undefined) {
  return (grants ?? [])
    .filter((g) => g.status === 'active')
    .map((g) => ({ role: g.role, countryCode: g.countryCode, schoolId: g.schoolId, roundId: g.roundId }));
}
