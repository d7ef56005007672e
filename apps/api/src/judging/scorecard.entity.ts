import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { Scores, ScorecardStatus } from '@clapper/domain/scorecard';
import { RoundEntry } from './round-entry.entity.js';

export type { ScorecardStatus };

/** A submitted scorecard stays one when its round closes (then it is locked). */
export const SUBMITTED_STATUSES = ['submitted', 'locked'] as const satisfies readonly ScorecardStatus[];
export const isSubmitted = (status: ScorecardStatus | undefined | null): boolean => status === 'submitted' || status === 'locked';

/**
 * One judge's scores for one entry in a round: exactly as entered, one per judge and entry (unique constraint).
 * `version` rises with every save; a save that names an older version is refused (two tabs never lose an update).
 */
@Entity('scorecards')
@Check('ck_scorecards_status', `"status" IN ('draft','submitted','locked')`)
@Index('uq_scorecards', ['roundEntryId', 'judgeId'], { unique: true })
@Index('ix_scorecards_round_judge', ['roundId', 'judgeId'])
export class Scorecard {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  roundId: string;

  @Column({ type: 'uuid' })
  roundEntryId: string;

  @ManyToOne(() => RoundEntry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_entry_id' })
  roundEntry?: Relation<RoundEntry>;

  @Column({ type: 'uuid' })
  judgeId: string;

  /** criterion key -> the level the judge chose */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  scores: Scores;

  @Column({ type: 'text', default: '' })
  overallComment: string;

  /** the judge's own notes; never shown to the team */
  @Column({ type: 'text', default: '' })
  privateNote: string;

  /** shown to the team after results */
  @Column({ type: 'text', default: '' })
  teamFeedback: string;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: ScorecardStatus;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
