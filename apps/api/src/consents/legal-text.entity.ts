import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type EntityManager, type Relation } from 'typeorm';
import { BUILT_IN_TEXTS } from '@clapper/domain/legal-texts-built-in';
import { BUILT_IN_VERSION, LEGAL_DOCUMENTS, PLATFORM_AUTHOR, type LegalDocument } from '@clapper/domain/legal-texts';
import { LOCALES } from '@clapper/domain/locales';
import { Competition } from '../competitions/competition.entity.js';

/**
 * One translation of a version of a competition's participant consent, guardian consent or licence: who wrote it and
 * when, and who approved it and when. Only approved translations are shown to people who agree to them. A translation
 * is never changed once approved: an edit is a new revision (revision + 1), a draft until it is approved in turn, and
 * the ledger (consents.text_id, licence_grants.legal_text_id) keeps pointing at the revision that was agreed to. The
 * platform's built-in texts are version 1 of every competition's: English approved by the platform (approved_by is
 * null, approved_by_name "Clapper"), the other languages drafted by Clapper and not approved.
 */
@Entity('legal_texts')
@Check('ck_legal_texts_document', `"document" IN ('participant_consent','guardian_consent','licence')`)
@Check('ck_legal_texts_approval', `("approved_at" IS NULL) = ("approved_by_name" IS NULL)`)
@Index('uq_legal_texts_revision', ['competitionId', 'document', 'version', 'language', 'revision'], { unique: true })
export class LegalText {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_legal_texts' })
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => Competition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competition_id', foreignKeyConstraintName: 'FK_legal_texts_competition' })
  competition?: Relation<Competition>;

  @Column({ type: 'varchar', length: 24 })
  document: LegalDocument;

  /** the document's version (2027-01 for the built-in consents, 1 for the built-in licence) */
  @Column({ type: 'varchar', length: 40 })
  version: string;

  /** one of LOCALES */
  @Column({ type: 'varchar', length: 10 })
  language: string;

  /** 1, then one more for each edit of an approved translation */
  @Column({ type: 'int' })
  revision: number;

  /** the licence's title; the consents have none */
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'text' })
  body: string;

  /** the account that wrote this revision; null for the platform's built-in texts */
  @Column({ type: 'uuid', nullable: true })
  writtenBy: string | null;

  @Column({ type: 'varchar', length: 120 })
  writtenByName: string;

  @Column({ type: 'timestamptz' })
  writtenAt: Date;

  /** the account that approved it; null while a draft, and for English approved by the platform */
  @Column({ type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  approvedByName: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A new competition's version 1 of each document: the built-in texts, English approved by the platform, the rest drafts. */
export async function addBuiltInTexts(m: EntityManager, competitionId: string, at: Date = new Date()): Promise<void> {
  const rows = LEGAL_DOCUMENTS.flatMap((document) =>
    LOCALES.map((language) => ({
      competitionId,
      document,
      version: BUILT_IN_VERSION[document],
      language,
      revision: 1,
      title: BUILT_IN_TEXTS[document][language].title,
      body: BUILT_IN_TEXTS[document][language].body,
      writtenBy: null,
      writtenByName: PLATFORM_AUTHOR,
      writtenAt: at,
      approvedBy: null,
      approvedByName: language === 'en' ? PLATFORM_AUTHOR : null,
      approvedAt: language === 'en' ? at : null,
    })),
  );
  await m.insert(LegalText, rows);
}
