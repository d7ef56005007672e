import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every message the platform sends. Without SMTP this is where mail lands, for organisers (and tests) to read. */
@Entity('outbox_messages')
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254 })
  to: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  /** the HTML part, made from the text (mail-html.ts); null on messages written before it existed */
  @Column({ type: 'text', nullable: true })
  html: string | null;

  /** extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post on messages that can be switched off */
  @Column({ type: 'jsonb', nullable: true })
  headers: Record<string, string> | null;

  /** what the message is about, e.g. invitation */
  @Column({ type: 'varchar', length: 50 })
  kind: string;

  @Column({ type: 'varchar', length: 10 })
  transport: 'outbox' | 'smtp';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
