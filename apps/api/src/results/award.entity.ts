import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { LocalizedText } from '@clapper/domain/rubric';
import type { AwardKind } from '@clapper/domain/awards';
import { Competition } from '../competitions/competition.entity.js';
import { Entry } from '../entries/entry.entity.js';

export type { AwardKind };

/** An award the organisers define for a competition; its winners come from the final's results. */
@Entity('awards')
@Check('ck_awards_kind', `"kind" IN ('grand_prize','runner_up','country_best','special','audience')`)
@Check('ck_awards_places', `"places" BETWEEN 1 AND 20`)
@Index('ix_awards_competition', ['competitionId', 'position'])
export class Award {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => Competition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competition_id' })
  competition?: Relation<Competition>;

  @Column({ type: 'varchar', length: 16 })
  kind: AwardKind;

  /** language code -> name */
  @Column({ type: 'jsonb' })
  name: LocalizedText;

  /** language code -> a line said at the ceremony */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  description: LocalizedText;

  /** order of the reveal at the ceremony (ascending) */
  @Column({ type: 'int', default: 0 })
  position: number;

  /** how many winners (per country for country_best) */
  @Column({ type: 'int', default: 1 })
  places: number;

  /** only entries of this category compete for it; null = all categories */
  @Column({ type: 'uuid', nullable: true })
  categoryId: string | null;

  /** special awards: rank by the mean level on this rubric criterion; null = the organisers decide */
  @Column({ type: 'varchar', length: 40, nullable: true })
  criterion: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export const AWARD_WINNER_SOURCES = ['rank', 'override'] as const;
export type AwardWinnerSource = (typeof AWARD_WINNER_SOURCES)[number];

/** A winner of an award. The rank decides by default; an override carries the organiser's reason (also in the audit log). */
@Entity('award_winners')
@Check('ck_award_winners_source', `"source" IN ('rank','override')`)
@Check('ck_award_winners_reason', `"source" = 'rank' OR length(trim("reason")) > 0`)
@Index('uq_award_winners', ['awardId', 'entryId'], { unique: true })
@Index('ix_award_winners_entry', ['entryId'])
export class AwardWinner {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  awardId: string;

  @ManyToOne(() => Award, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'award_id' })
  award?: Relation<Award>;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => Entry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Relation<Entry>;

  /** 1 = first; for country_best, the place within the country */
  @Column({ type: 'int' })
  place: number;

  /** country_best: the country this place is for; otherwise null */
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Column({ type: 'varchar', length: 10 })
  source: AwardWinnerSource;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid' })
  decidedBy: string;

  @Column({ type: 'timestamptz' })
  decidedAt: Date;
}
