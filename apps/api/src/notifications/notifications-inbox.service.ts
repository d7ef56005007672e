import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import { NotificationsReason } from '@clapper/domain/refusals';
import { Clock } from '../clock/clock.js';
import { DomainError } from '../common/domain-error.js';
import type { NotificationDto, NotificationPageDto } from './dto/notifications.dto.js';
import { Notification } from './notification.entity.js';

/** A notification id that is not the person's own: 404, and nothing is marked. */
export const notificationNotFound = () =>
  new DomainError('not_found', NotificationsReason.NotFound, 'The notification was not found among yours. Nothing was marked as read.', {});

/** A person's own notification list: read newest first, count what is unread, mark lines read. Never anyone else's. */
@Injectable()
export class NotificationsInboxService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly clock: Clock,
  ) {}

  async list(userId: string, limit: number, offset: number): Promise<NotificationPageDto> {
    const [rows, total] = await this.notifications.findAndCount({
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items: rows.map(toDto), total, unread: await this.unread(userId) };
  }

  unread(userId: string): Promise<number> {
    return this.notifications.countBy({ userId, readAt: IsNull() });
  }

  /**
   * Marks the named notifications read (all must be the person's: one that is not is a 404 and none is marked), or all
   * of them. Already read ones keep the time they were first read. Returns how many are still unread.
   */
  async markRead(userId: string, target: { ids: string[] } | { all: true }): Promise<number> {
    const now = this.clock.now();
    if ('all' in target) {
      await this.notifications.update({ userId, readAt: IsNull() }, { readAt: now });
      return 0;
    }
    await this.notifications.manager.transaction(async (m) => {
      const own = await m.getRepository(Notification).countBy({ userId, id: In(target.ids) });
      if (own !== target.ids.length) throw notificationNotFound();
      await m.getRepository(Notification).update({ userId, id: In(target.ids), readAt: IsNull() }, { readAt: now });
    });
    return this.unread(userId);
  }
}

function toDto(n: Notification): NotificationDto {
  return {
    id: n.id,
    kind: n.kind,
    facts: n.facts as Record<string, unknown>,
    path: n.path,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
