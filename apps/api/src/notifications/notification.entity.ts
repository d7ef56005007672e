import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { NotificationFactsByKind, NotificationKind } from '@clapper/domain/notifications';
import { User } from '../accounts/user.entity.js';

/** One line of a signed-in person's notification list: the same event as its email, as a code with facts. */
@Entity('notifications')
@Index('ix_notifications_user', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notifications' })
  id: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notifications_user' })
  user?: Relation<User>;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 60 })
  kind: NotificationKind;

  @Column({ type: 'jsonb' })
  facts: NotificationFactsByKind[NotificationKind];

  /** the page of the web app the notification is about, e.g. /me/entries/<id> */
  @Column({ type: 'varchar', length: 500 })
  path: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
