import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Competition } from '../competitions/competition.entity.js';
import { Category } from '../competitions/category.entity.js';
import { School } from '../accounts/school.entity.js';
import { TeamMember } from './team-member.entity.js';

export type EntryStatus = 'draft' | 'submitted' | 'withdrawn';
export type Eligibility = 'pending' | 'eligible' | 'ineligible';
/** how the team is credited in public: first names (default), the team name, or full names */
export type CreditStyle = 'first_names' | 'team_name' | 'full_names';

/** A team's entry to one competition, in one category and one country. */
@Entity('entries')
@Check('ck_entries_status', `"status" IN ('draft','submitted','withdrawn')`)
@Check('ck_entries_eligibility', `"eligibility" IN ('pending','eligible','ineligible')`)
@Check('ck_entries_credit_style', `"credit_style" IN ('first_names','team_name','full_names')`)
@Index('ix_entries_competition_country', ['competitionId', 'countryCode'])
@Index('ix_entries_school', ['schoolId'])
@Index('uq_entries_code', ['competitionId', 'code'], { unique: true })
export class Entry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** a short public code, e.g. TH-0007, used where names must not show (blind judging) */
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => Competition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competition_id' })
  competition?: Relation<Competition>;

  @Column({ type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => Category, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<Category>;

  @Column({ type: 'char', length: 2 })
  countryCode: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: Relation<School>;

  /** the student or teacher who created it and answers for it */
  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** synopsis in the video's own language */
  @Column({ type: 'text', default: '' })
  synopsisOriginal: string;

  @Column({ type: 'text', default: '' })
  synopsisEnglish: string;

  @Column({ type: 'varchar', length: 12 })
  videoLanguage: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  supervisingTeacherName: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  supervisingTeacherEmail: string | null;

  /** music and footage used, with their sources and licences */
  @Column({ type: 'text', default: '' })
  sources: string;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: EntryStatus;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  eligibility: Eligibility;

  /** shown to the team when ineligible */
  @Column({ type: 'text', nullable: true })
  eligibilityReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  screenedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  screenedAt: Date | null;

  /**
   * Screening asked the team for changes: the entry went back to draft with this message, and the team may resubmit
   * until `changesDueAt` (even after the submission window has closed). Kept after the resubmission, as a record.
   */
  @Column({ type: 'text', nullable: true })
  changesMessage: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  changesDueAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  changesRequestedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  changesRequestedBy: string | null;

  /** public credits (showcase, media kits): a team name, the style, and whether the school may be named */
  @Column({ type: 'varchar', length: 120, nullable: true })
  teamName: string | null;

  @Column({ type: 'varchar', length: 12, default: 'first_names' })
  creditStyle: CreditStyle;

  /** the team consented to naming the school in public credits (for minors, under their guardians' consent) */
  @Column({ type: 'boolean', default: false })
  creditSchool: boolean;

  @OneToMany(() => TeamMember, (m) => m.entry)
  members?: Relation<TeamMember>[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
