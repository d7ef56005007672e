import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type VideoStatus = 'uploading' | 'uploaded' | 'processing' | 'ready' | 'rejected' | 'replaced';

/** An entry's video: the original object, what the probe found, and the web rendition and poster. */
@Entity('video_assets')
@Check('ck_video_assets_status', `"status" IN ('uploading','uploaded','processing','ready','rejected','replaced')`)
@Index('ix_video_assets_entry', ['entryId'])
@Index('ix_video_assets_status', ['status'])
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
