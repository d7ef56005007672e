import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Competition } from '../competitions/competition.entity.js';
import { Entry } from '../entries/entry.entity.js';

/** An awareness campaign: a collection of works reused under their licence. A coordinator's campaign is scoped to their country. */
@Entity('campaigns')
@Index('ix_campaigns_competition', ['competitionId'])
export class Campaign {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  competitionId: string;

  @ManyToOne(() => Competition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competition_id' })
  competition?: Relation<Competition>;

  /** set for a country's own campaign (coordinators build these); null for a regional one (organisers) */
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A work in a campaign. */
@Entity('campaign_works')
@Index('uq_campaign_works', ['campaignId', 'entryId'], { unique: true })
@Index('ix_campaign_works_entry', ['entryId'])
export class CampaignWork {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<Campaign>;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => Entry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Relation<Entry>;

  @Column({ type: 'uuid' })
  addedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}

/** A use of a work in a campaign: where (the channel) and when. */
@Entity('campaign_uses')
@Index('ix_campaign_uses_campaign', ['campaignId'])
@Index('ix_campaign_uses_entry', ['entryId'])
export class CampaignUse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<Campaign>;

  @Column({ type: 'uuid' })
  entryId: string;

  /** e.g. "national TV spot", "school assembly" */
  @Column({ type: 'varchar', length: 200 })
  channel: string;

  @Column({ type: 'date' })
  usedOn: string;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Every media kit download, one row per work in it. */
@Entity('media_kit_downloads')
@Index('ix_media_kit_downloads_campaign', ['campaignId'])
@Index('ix_media_kit_downloads_entry', ['entryId'])
export class MediaKitDownload {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @Column({ type: 'uuid' })
  userId: string;

  /** the channel the kit is for, when the downloader said */
  @Column({ type: 'varchar', length: 200, nullable: true })
  channel: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  downloadedAt: Date;
}
