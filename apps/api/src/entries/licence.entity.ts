import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';
import { DEFAULT_LICENCE_BODY, DEFAULT_LICENCE_TITLE } from '@clapper/domain/licence';
import { addBuiltInTexts } from '../consents/legal-text.entity.js';

/** A version of a competition's licence text; versions are added, never edited. */
@Entity('licence_versions')
@Index('uq_licence_versions', ['competitionId', 'version'], { unique: true })
export class LicenceVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The licence an entry's team accepted: which text, by whom, when. */
@Entity('licence_grants')
@Index('ix_licence_grants_entry', ['entryId'])
export class LicenceGrant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @Column({ type: 'uuid' })
  licenceVersionId: string;

  @Column({ type: 'uuid' })
  acceptedBy: string;

  @Column({ type: 'timestamptz' })
  acceptedAt: Date;

  /** the language of the licence text accepted */
  @Column({ type: 'varchar', length: 10, default: 'en' })
  textLanguage: string;

  /** the exact text accepted: the translation's revision in legal_texts */
  @Column({ type: 'uuid', nullable: true })
  legalTextId: string | null;
}

/**
 * Every competition starts with version 1 of the default licence, and with the built-in consent and licence texts in
 * every language (legal-text.entity.ts: English approved by the platform, the translations drafts to approve).
 */
export async function addDefaultLicence(m: EntityManager, competitionId: string): Promise<void> {
  await m.insert(LicenceVersion, { competitionId, version: 1, title: DEFAULT_LICENCE_TITLE, body: DEFAULT_LICENCE_BODY });
  await addBuiltInTexts(m, competitionId);
}
