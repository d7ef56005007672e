import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The keys of messages sent at most once (a reminder per person and deadline, a digest per coordinator and day). The
 * key is claimed in the transaction that writes the message, so two worker processes never both send it.
 */
@Entity('notification_once')
export class NotificationOnce {
  @PrimaryColumn({ type: 'varchar', length: 300, primaryKeyConstraintName: 'PK_notification_once' })
  key: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
