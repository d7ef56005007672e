import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Entry } from './entry.entity.js';

/** A member of an entry's team. Members need not have accounts. */
@Entity('team_members')
@Index('ix_team_members_entry', ['entryId'])
export class TeamMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => Entry, (e) => e.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Relation<Entry>;

  @Column({ type: 'varchar', length: 120 })
  fullName: string;

  /** e.g. director, actor, editor */
  @Column({ type: 'varchar', length: 60 })
  role: string;

  @Column({ type: 'date' })
  dateOfBirth: string;

  @Column({ type: 'varchar', length: 200 })
  schoolName: string;

  @Column({ type: 'int' })
  position: number;
}
