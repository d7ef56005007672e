import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { Rubric } from '@clapper/domain/rubric';
import type { AggregationChoice, OrganiserDecision, TieBreak } from '@clapper/domain/results';
import type { RoundKind, RoundStatus } from '@clapper/domain/rounds';
import { Competition } from '../competitions/competition.entity.js';

export type { RoundKind, RoundStatus };

export interface RecordedTieDecision extends OrganiserDecision {
  decidedBy: string;
  decidedAt: string;
  reason: string;
}

/**
 * A judging round of a competition. Screening comes first (the coordinators' eligibility decisions on entries);
 * then one national round per country, run by that country's coordinator over its eligible entries; then the
 * regional final, run by the organisers over the entries promoted from the national rounds.
 */
@Entity('rounds')
@Check('ck_rounds_kind', `"kind" IN ('national','final')`)
@Check('ck_rounds_status', `"status" IN ('draft','open','closed')`)
@Check('ck_rounds_country', `("kind" = 'national') = ("country_code" IS NOT NULL)`)
@Check('ck_rounds_k', `"judges_per_entry" BETWEEN 1 AND 20`)
@Check('ck_rounds_window', `"closes_at" > "opens_at"`)
@Check('ck_rounds_aggregation', `"aggregation" IN ('auto','mean','zscore','calibrated')`)
@Index('uq_rounds_national', ['competitionId', 'countryCode'], { unique: true, where: `"kind" = 'national'` })
@Index('uq_rounds_final', ['competitionId'], { unique: true, where: `"kind" = 'final'` })
export class Round {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => Competition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competition_id' })
  competition?: Relation<Competition>;

  @Column({ type: 'varchar', length: 12 })
  kind: RoundKind;

  /** language code -> the round's own name; empty: its label is made from its kind and country */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  name: Record<string, string>;

  /** the country of a national round; null for the final */
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: RoundStatus;

  /** the judging window */
  @Column({ type: 'timestamptz' })
  opensAt: Date;

  @Column({ type: 'timestamptz' })
  closesAt: Date;

  /** k: how many judges score each entry */
  @Column({ type: 'int', default: 3 })
  judgesPerEntry: number;

  /** judges see no names, school, roster, nor (in the final) the country */
  @Column({ type: 'boolean', default: true })
  blind: boolean;

  /** a judge may see the other judges' scores for an entry after submitting their own */
  @Column({ type: 'boolean', default: false })
  showOtherScores: boolean;

  @Column({ type: 'jsonb' })
  rubric: Rubric;

  /** the final only: how many entries each country may promote into it */
  @Column({ type: 'int', nullable: true })
  countryQuota: number | null;

  /** results: how the judges' totals are combined; 'auto' = the mean for complete panels, the calibration otherwise */
  @Column({ type: 'varchar', length: 12, default: 'auto' })
  aggregation: AggregationChoice;

  /** results: trimmed mean for entries with 5 or more judges */
  @Column({ type: 'boolean', default: false })
  trimmedMean: boolean;

  /** results: the declared tie-break chain */
  // written as Postgres prints jsonb (a space after ':' and ','), so the drift check sees no difference
  @Column({ type: 'jsonb', default: () => `'[{"kind": "first_places"}, {"kind": "organiser"}]'` })
  tieBreaks: TieBreak[];

  /** results: the organisers' recorded decisions on ties (each also in the audit log) */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  tieDecisions: RecordedTieDecision[];

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
