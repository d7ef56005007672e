import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RoundEntry } from './round-entry.entity.js';

/** A note by an organiser or coordinator on an entry while deliberating a round; kept, never edited. */
@Entity('deliberation_notes')
@Index('ix_deliberation_notes_entry', ['roundEntryId'])
export class DeliberationNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  roundEntryId: string;

  @ManyToOne(() => RoundEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_entry_id' })
  roundEntry?: Relation<RoundEntry>;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
