import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Round } from '../judging/round.entity.js';
import type { Role } from '@clapper/domain/roles';
import { User } from './user.entity.js';

/** A role held by a user, with its scope: coordinators hold a country, teachers and students a school, judges a round. */
@Entity('role_grants')
@Check('ck_role_grants_role', `"role" IN ('organiser','coordinator','judge','teacher','student')`)
@Check('ck_role_grants_coordinator_country', `"role" <> 'coordinator' OR "country_code" IS NOT NULL`)
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
