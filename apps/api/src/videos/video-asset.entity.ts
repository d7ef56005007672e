import type { SpritePlan } from '@clapper/domain/ladder';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A rung as stored with the video: its name, picture size and average bitrate. */
export interface LadderRung {
  name: string;
  width: number;
  height: number;
  videoKbps: number;
}

export type VideoStatus = 'uploading' | 'uploaded' | 'processing' | 'ready' | 'rejected' | 'replaced';

/** An entry's video: the original object, what the probe found, and the web rendition and poster. */
@Entity('video_assets')
@Check('ck_video_assets_status', `"status" IN ('uploading','uploaded','processing','ready','rejected','replaced')`)
@Index('ix_video_assets_entry', ['entryId'])
@Index('ix_video_assets_status', ['status'])
@Index('ix_video_assets_hls_hash', ['hlsHash'])
export class VideoAsset {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @Column({ type: 'varchar', length: 12 })
  status: VideoStatus;

  @Column({ type: 'varchar', length: 300 })
  originalKey: string;

  /** the S3 multipart upload, while uploading through the browser path */
  @Column({ type: 'varchar', length: 200, nullable: true })
  uploadId: string | null;

  /** cleaned file name as the student chose it, for their own display only */
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  sizeBytes: number | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256: string | null;

  @Column({ type: 'jsonb', nullable: true })
  probe: object | null;

  /** the reasons for a rejection, as codes with parameters */
  @Column({ type: 'jsonb', nullable: true })
  problems: object[] | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  webKey: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  posterKey: string | null;

  /**
   * The adaptive ladder (issue 18): the storage folder of its playlists, segments and seeking previews, ending in '/'.
   * null until made (a video processed before the ladder existed plays its web rendition until the backfill reaches it).
   */
  @Column({ type: 'varchar', length: 300, nullable: true })
  hlsKey: string | null;

  /** the ladder's content hash: the last part of hlsKey, and the name its public files are served under */
  @Column({ type: 'varchar', length: 64, nullable: true })
  hlsHash: string | null;

  /** the ladder's rungs, smallest first: what a quality menu offers before the playlist loads */
  @Column({ type: 'jsonb', nullable: true })
  hlsRungs: LadderRung[] | null;

  /** the layout of the seeking previews' sprite (thumbnails.vtt beside it maps times to tiles) */
  @Column({ type: 'jsonb', nullable: true })
  sprite: SpritePlan | null;

  /** how long the whole processing run took that made what is stored (probe, web rendition, ladder, uploads), seconds */
  @Column({ type: 'real', nullable: true })
  processingSeconds: number | null;

  @Column({ type: 'real', nullable: true })
  durationSeconds: number | null;

  @Column({ type: 'int', nullable: true })
  width: number | null;

  @Column({ type: 'int', nullable: true })
  height: number | null;

  /** processing progress, 0..1 */
  @Column({ type: 'real', default: 0 })
  progress: number;

  /** the processing run that holds the video (see video-processor.ts): one at a time, renewed while it works */
  @Column({ type: 'varchar', length: 100, nullable: true })
  leaseOwner: string | null;

  /** the run's claim lapses at this time (database time) unless it renews it; then another run may take over */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  /** the queue job of that run */
  @Column({ type: 'uuid', nullable: true })
  jobId: string | null;

  /** processing runs started for this video: bounded, so a video that keeps failing is rejected */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** when the clean-up deleted the original of this rejected video (the reasons stay) */
  @Column({ type: 'timestamptz', nullable: true })
  originalDeletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A caption track of an entry's video, stored as WebVTT. */
@Entity('subtitles')
@Index('uq_subtitles_entry_language', ['entryId', 'language'], { unique: true })
export class Subtitle {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @Column({ type: 'varchar', length: 12 })
  language: string;

  @Column({ type: 'varchar', length: 300 })
  objectKey: string;

  @Column({ type: 'int' })
  cueCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
