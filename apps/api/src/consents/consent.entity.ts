import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Entry } from '../entries/entry.entity.js';
import { TeamMember } from '../entries/team-member.entity.js';

export type ConsentKind = 'participant' | 'guardian';
export type ConsentStatus = 'requested' | 'given' | 'pending_verification' | 'rejected' | 'withdrawn';
export type ConsentMethod = 'account' | 'link' | 'form';

/**
 * The consent ledger: one participant consent per team member (to take part and to be shown), and for a minor
 * a guardian consent, given through a single-use link or an uploaded signed form verified by the coordinator.
 * Each records who consented, when, and to which text version; a withdrawal is kept, never deleted.
 */
@Entity('consents')
@Check('ck_consents_kind', `"kind" IN ('participant','guardian')`)
@Check('ck_consents_status', `"status" IN ('requested','given','pending_verification','rejected','withdrawn')`)
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

  @Column({ type: 'varchar', length: 10, nullable: true })
  method: ConsentMethod | null;

  /** the consent text version agreed to */
  @Column({ type: 'varchar', length: 40, nullable: true })
  textVersion: string | null;

  /** who gave it: the guardian's name, or the account that recorded a participant's agreement */
  @Column({ type: 'varchar', length: 120, nullable: true })
  givenByName: string | null;

  @Column({ type: 'uuid', nullable: true })
  givenByUserId: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  guardianEmail: string | null;

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
