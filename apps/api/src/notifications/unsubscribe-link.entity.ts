import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { NotificationTopic } from '@clapper/domain/notifications';
import { User } from '../accounts/user.entity.js';

/**
 * The one-click unsubscribe link of one message that can be switched off: only the SHA-256 of its token is kept. It
 * stops its topic for its recipient, and nothing else; it does not expire, as an unsubscribe link must keep working.
 */
@Entity('unsubscribe_links')
export class UnsubscribeLink {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_unsubscribe_links' })
  tokenHash: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_unsubscribe_links_user' })
  user?: Relation<User>;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 40 })
  topic: NotificationTopic;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
