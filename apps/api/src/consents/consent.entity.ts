import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Entry } from '../entries/entry.entity.js';
import { TeamMember } from '../entries/team-member.entity.js';

export type ConsentKind = 'participant' | 'guardian';
export type ConsentStatus = 'requested' | 'given' | 'refused' | 'form_required' | 'pending_verification' | 'rejected' | 'withdrawn';
export type ConsentMethod = 'account' | 'email_link' | 'signed_form';

/**
 * The consent ledger: one participant consent per team member (to take part and to be shown), and for a minor
 * a guardian consent, given through a single-use link the platform emails to the guardian (never shown to the team),
 * or an uploaded signed form verified by the coordinator. Each records how, who, when, to which text version and in
 * which language; a guardian's refusal and a withdrawal are kept, never deleted.
 */
@Entity('consents')
@Check('ck_consents_kind', `"kind" IN ('participant','guardian')`)
@Check('ck_consents_status', `"status" IN ('requested','given','refused','form_required','pending_verification','rejected','withdrawn')`)
@Check('ck_consents_method', `"method" IS NULL OR "method" IN ('account','email_link','signed_form')`)
@Index('ix_consents_entry', ['entryId'])
@Index('uq_consents_member_kind', ['memberId', 'kind'], { unique: true })
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => Entry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Relation<Entry>;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => TeamMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Relation<TeamMember>;

  @Column({ type: 'varchar', length: 12 })
  kind: ConsentKind;

  @Column({ type: 'varchar', length: 24, default: 'requested' })
  status: ConsentStatus;

  @Column({ type: 'varchar', length: 12, nullable: true })
  method: ConsentMethod | null;

  /** the consent text version agreed to */
  @Column({ type: 'varchar', length: 40, nullable: true })
  textVersion: string | null;

  /** the language of the consent text agreed to */
  @Column({ type: 'varchar', length: 10, nullable: true })
  textLanguage: string | null;

  /** the exact text agreed to (or declined): the translation's revision in legal_texts */
  @Column({ type: 'uuid', nullable: true })
  textId: string | null;

  /** who gave it: the guardian's name, or the account that recorded a participant's agreement */
  @Column({ type: 'varchar', length: 120, nullable: true })
  givenByName: string | null;

  @Column({ type: 'uuid', nullable: true })
  givenByUserId: string | null;

  /** where the guardian's link was emailed; the team sees it masked */
  @Column({ type: 'varchar', length: 254, nullable: true })
  guardianEmail: string | null;

  /** the language the team chose for the guardian's email */
  @Column({ type: 'varchar', length: 10, nullable: true })
  emailLanguage: string | null;

  /** when the current link was emailed */
  @Column({ type: 'timestamptz', nullable: true })
  linkSentAt: Date | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  guardianRelationship: string | null;

  /** SHA-256 of the guardian's single-use link token */
  @Column({ type: 'char', length: 64, nullable: true, unique: true })
  tokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  tokenExpiresAt: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  formObjectKey: string | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  givenAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** when the guardian answered "I do not agree" through the link */
  @Column({ type: 'timestamptz', nullable: true })
  refusedAt: Date | null;

  /** a coordinator asked for a signed form instead: the email-link route is closed for this member */
  @Column({ type: 'timestamptz', nullable: true })
  formRequiredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  formRequiredBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
