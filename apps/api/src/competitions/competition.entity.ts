import { Check, Column, CreateDateColumn, Entity, JoinTable, ManyToMany, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { CompetitionStatus } from '@clapper/domain/competitions';
import { Country } from '../countries/country.entity.js';
import { Category } from './category.entity.js';

/** A competition's entry rules, stored as columns of the competition (rules_*). */
export class EntryRulesColumns {
  @Column({ type: 'int' })
  minDurationSeconds: number;

  @Column({ type: 'int' })
  maxDurationSeconds: number;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? v : Number(v)) } })
  maxFileSizeBytes: number;

  @Column({ type: 'text', array: true })
  acceptedContainers: string[];

  @Column({ type: 'text', array: true })
  acceptedVideoCodecs: string[];

  @Column({ type: 'int' })
  teamSizeMin: number;

  @Column({ type: 'int' })
  teamSizeMax: number;

  @Column({ type: 'int' })
  entriesPerSchool: number;

  @Column({ type: 'text', array: true })
  requiredSubtitleLanguages: string[];

  @Column({ type: 'text', array: true })
  requiredConsents: string[];
}

export type { CompetitionStatus };

/** One edition of a competition. Instants are stored in UTC (timestamptz). */
@Entity('competitions')
@Check('ck_competitions_status', `"status" IN ('draft','published','archived')`)
@Check('ck_competitions_submission_window', `"submission_closes_at" > "submission_opens_at"`)
export class Competition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug: string;

  /** language code -> name */
  @Column({ type: 'jsonb' })
  name: Record<string, string>;

  /** language code -> theme */
  @Column({ type: 'jsonb' })
  theme: Record<string, string>;

  /** language code -> the rules in brief, free text (line breaks kept); English optional */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  rulesText: Record<string, string>;

  /** language code -> the signature appended to the emails about this competition; may be empty */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  emailSignature: Record<string, string>;

  /** the language the ceremony is shown in (one of `languages`); null until the organiser chooses */
  @Column({ type: 'varchar', length: 16, nullable: true })
  ceremonyLanguage: string | null;

  /** the competition's languages; English is always among them */
  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: CompetitionStatus;

  /** the date on which ages are counted (minors, categories) */
  @Column({ type: 'date' })
  referenceDate: string;

  @Column({ type: 'timestamptz' })
  submissionOpensAt: Date;

  @Column({ type: 'timestamptz' })
  submissionClosesAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  judgingOpensAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  judgingClosesAt: Date | null;

  /** results stay sealed until this instant, unless the organiser publishes earlier */
  @Column({ type: 'timestamptz', nullable: true })
  ceremonyAt: Date | null;

  /** results were sealed (awards confirmed) at; nothing is public before publication */
  @Column({ type: 'timestamptz', nullable: true })
  resultsSealedAt: Date | null;

  /** the organiser published the results at (or the ceremony time passed after sealing) */
  @Column({ type: 'timestamptz', nullable: true })
  resultsPublishedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resultsPublishedBy: string | null;

  /** every team was told its results at (results/results-notices.ts); null until then */
  @Column({ type: 'timestamptz', nullable: true })
  resultsTeamsToldAt: Date | null;

  /** an audience vote among the finalists, one vote per category per verified account */
  @Column({ type: 'boolean', default: false })
  audienceVoting: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  votingOpensAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  votingClosesAt: Date | null;

  /** share of the audience vote in the final score, 0–1; 0 = votes never mix into the judges' scores */
  @Column({
    type: 'numeric',
    precision: 4,
    scale: 3,
    default: 0,
    transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? 0 : Number(v)) },
  })
  audienceWeight: number;

  @Column(() => EntryRulesColumns, { prefix: 'rules' })
  rules: EntryRulesColumns;

  @ManyToMany(() => Country)
  @JoinTable({ name: 'competition_countries', joinColumn: { name: 'competition_id' }, inverseJoinColumn: { name: 'country_code' } })
  countries?: Relation<Country>[];

  @OneToMany(() => Category, (c) => c.competition)
  categories?: Relation<Category>[];

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
