import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RoundEntry } from './round-entry.entity.js';

/** A judge assigned to an entry in a round. */
@Entity('assignments')
@Check('ck_assignments_source', `"source" IN ('auto','manual')`)
@Index('uq_assignments', ['roundEntryId', 'judgeId'], { unique: true })
@Index('ix_assignments_round_judge', ['roundId', 'judgeId'])
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  roundId: string;

  @Column({ type: 'uuid' })
  roundEntryId: string;

  @ManyToOne(() => RoundEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_entry_id' })
  roundEntry?: Relation<RoundEntry>;

  /** the judge's user id */
  @Column({ type: 'uuid' })
  judgeId: string;

  /** the judge understands the video's language (otherwise they rely on the English subtitles) */
  @Column({ type: 'boolean' })
  languageMatch: boolean;

  @Column({ type: 'varchar', length: 8 })
  source: 'auto' | 'manual';

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
