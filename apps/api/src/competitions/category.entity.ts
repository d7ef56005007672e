import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Competition } from './competition.entity.js';

/** A category is an age group of one competition. */
@Entity('categories')
@Check('ck_categories_ages', `"min_age" >= 0 AND "max_age" >= "min_age" AND "max_age" <= 120`)
@Index('ix_categories_competition', ['competitionId'])
export class Category {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => Competition, (c) => c.categories, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competition_id' })
  competition?: Relation<Competition>;

  /** language code -> name */
  @Column({ type: 'jsonb' })
  name: Record<string, string>;

  @Column({ type: 'int' })
  minAge: number;

  @Column({ type: 'int' })
  maxAge: number;

  @Column({ type: 'int', default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
