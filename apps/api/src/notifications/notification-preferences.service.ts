import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import type { NotificationTopic } from '@clapper/domain/notifications';
import { NotificationsReason } from '@clapper/domain/refusals';
import type { Role } from '@clapper/domain/roles';
import { hashToken } from '../auth/tokens.js';
import { DomainError, fieldRefusal } from '../common/domain-error.js';
import type { NotificationPreferencesDto, TopicPreferenceDto, UnsubscribeLinkDto } from './dto/notifications.dto.js';
import { NotificationOptOut } from './notification-opt-out.entity.js';
import { essentialKindsFor, topicsFor } from './notification-topics.js';
import { UnsubscribeLink } from './unsubscribe-link.entity.js';

/** The longest token we look up: ours are 43 characters (32 bytes, base64url); anything longer is not one of them. */
const MAX_TOKEN_LENGTH = 128;

const linkNotFound = () =>
  new DomainError(
    'not_found',
    NotificationsReason.LinkNotFound,
    'This unsubscribe link is not one we sent. Copy the whole link from the message, or change your settings after signing in.',
    {},
  );

/**
 * What a person receives of the messages they may switch off (opt-outs in notification_opt_outs, read by the
 * Notifier): their settings, and the one-click link in each such message, which stops its kind for its recipient.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(NotificationOptOut) private readonly optOuts: Repository<NotificationOptOut>,
    @InjectRepository(UnsubscribeLink) private readonly links: Repository<UnsubscribeLink>,
  ) {}

  async get(userId: string, roles: readonly Role[]): Promise<NotificationPreferencesDto> {
    const topics = topicsFor(roles);
    const off = new Set((await this.optOuts.findBy({ userId, topic: In(topics) })).map((o) => o.topic));
    return { topics: topics.map((topic) => ({ topic, enabled: !off.has(topic) })), essential: essentialKindsFor(roles) };
  }

  /** Switches each topic named on or off; a topic that does not apply to the person is refused, and nothing changes. */
  async update(userId: string, roles: readonly Role[], changes: TopicPreferenceDto[]): Promise<NotificationPreferencesDto> {
    const allowed = topicsFor(roles);
    changes.forEach(({ topic }, i) => {
      if (!allowed.includes(topic))
        throw fieldRefusal(
          `topics.${i}.topic`,
          NotificationsReason.TopicNotApplicable,
          { topic, allowed },
          allowed.length
            ? `You do not receive ${topic} messages; the ones you can switch are: ${allowed.join(', ')}.`
            : `You do not receive ${topic} messages; none of your messages can be switched off.`,
        );
    });
    await this.db.transaction(async (m) => {
      for (const { topic, enabled } of changes) {
        if (enabled) await m.delete(NotificationOptOut, { userId, topic });
        else await m.createQueryBuilder().insert().into(NotificationOptOut).values({ userId, topic }).orIgnore().execute();
      }
    });
    return this.get(userId, roles);
  }

  /** What a message's unsubscribe link stops, for its page (never whose address it is). */
  async link(token: string): Promise<UnsubscribeLinkDto> {
    const link = await this.findLink(token);
    return { topic: link.topic, stopped: await this.optOuts.existsBy({ userId: link.userId, topic: link.topic }) };
  }

  /** The one-click unsubscribe: stops the link's kind of message for its recipient; using it again changes nothing. */
  async unsubscribe(token: string): Promise<UnsubscribeLinkDto> {
    const link = await this.findLink(token);
    await this.stop(link.userId, link.topic);
    return { topic: link.topic, stopped: true };
  }

  private async stop(userId: string, topic: NotificationTopic): Promise<void> {
    await this.optOuts.createQueryBuilder().insert().into(NotificationOptOut).values({ userId, topic }).orIgnore().execute();
  }

  private async findLink(token: string): Promise<UnsubscribeLink> {
    const link = token.length <= MAX_TOKEN_LENGTH ? await this.links.findOneBy({ tokenHash: hashToken(token) }) : null;
    if (!link) throw linkNotFound();
    return link;
  }
}
