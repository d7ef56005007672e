import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Entry } from '../entries/entry.entity.js';
import { Round } from './round.entity.js';

/** An entry taking part in a round. In the final, it records the promotion that brought it there. */
@Entity('round_entries')
@Index('uq_round_entries', ['roundId', 'entryId'], { unique: true })
@Index('ix_round_entries_entry', ['entryId'])
@Index('uq_round_entries_blind_number', ['roundId', 'blindNumber'], { unique: true })
export class RoundEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => Round, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<Round>;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => Entry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Relation<Entry>;

  /**
   * The opaque number judges know the entry by in this round (see roundEntryCode): drawn at random by the database
   * on insert (migration BlindRoundCodes), unique in the round, never changed.
   */
  @Column({ type: 'int', insert: false, update: false })
  blindNumber: number;

  /** the national round entry this one was promoted from (final only) */
  @Column({ type: 'uuid', nullable: true })
  promotedFromId: string | null;

  @Column({ type: 'uuid', nullable: true })
  promotedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  promotedAt: Date | null;

  /** the national rank the coordinator confirmed when promoting */
  @Column({ type: 'int', nullable: true })
  promotedRank: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
