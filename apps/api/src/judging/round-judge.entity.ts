import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { User } from '../accounts/user.entity.js';
import { Round } from './round.entity.js';

/**
 * A judge on a round's panel, with what the judge declared: conflicts (entries, schools, countries) and the
 * languages they understand. Panel membership itself is the judge role granted for the round.
 */
@Entity('round_judges')
@Index('uq_round_judges', ['roundId', 'userId'], { unique: true })
export class RoundJudge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<Round>;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** entry codes the judge declared, as typed, whether or not an entry has them (the answer must not tell) */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  conflictEntryCodes: string[];

  /** the entries those codes name in the round's competition, for the assignment rules */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  conflictEntryIds: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  conflictSchoolIds: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  conflictCountryCodes: string[];

  /** the judge's own words about a conflict, for the organisers */
  @Column({ type: 'text', default: '' })
  conflictNote: string;

  @Column({ type: 'timestamptz', nullable: true })
  declaredAt: Date | null;

  /** set when the judge leaves the panel; their submitted scorecards stay */
  @Column({ type: 'timestamptz', nullable: true })
  droppedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
