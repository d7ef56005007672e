import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { NotificationTopic } from '@clapper/domain/notifications';
import { User } from '../accounts/user.entity.js';

/** A kind of message (a topic) a person switched off; messages that must reach people have no topic. */
@Entity('notification_opt_outs')
export class NotificationOptOut {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_notification_opt_outs' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_notification_opt_outs' })
  topic: NotificationTopic;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_opt_outs_user' })
  user?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
