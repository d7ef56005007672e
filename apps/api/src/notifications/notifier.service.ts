import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { topicOf, type NotificationFactsByKind, type NotificationKind, type NotificationTopic } from '@clapper/domain/notifications';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { newToken } from '../auth/tokens.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { mailText, type MailText } from '../mail/mail-i18n.js';
import { MailService } from '../mail/mail.service.js';
import { notificationPaths } from './notification-paths.js';
import { Notification } from './notification.entity.js';
import { NotificationOnce } from './notification-once.entity.js';
import { NotificationOptOut } from './notification-opt-out.entity.js';
import { UnsubscribeLink } from './unsubscribe-link.entity.js';

/** Someone with an account (their address, name and language come from it), or an address with no account (a guardian). */
export type Recipient = { userId: string; locale?: string | null } | { email: string; name: string | null; locale: string | null };

export type Notice = { [K in NotificationKind]: NoticeOf<K> }[NotificationKind];

export interface NoticeOf<K extends NotificationKind> {
  kind: K;
  to: Recipient;
  /** the facts of the in-app notification (codes, public names, numbers, ISO instants): the web renders them */
  facts: NotificationFactsByKind[K];
  /** the page of the web app the message is about ('/me/entries/<id>'): the email links there, as does the in-app list */
  path: string;
  /** sent at most once for this key, however many processes try (e.g. `draft-reminder:<entry>:<user>:7d`) */
  onceKey?: string;
  /** the email in the recipient's language: its subject, and the body's lines; the greeting, the link and the footer are added */
  email(t: MailText): { subject: string; lines: string[] };
}

export type NotifyOutcome = 'sent' | 'switched_off' | 'already_sent' | 'no_recipient';

/**
 * Tells one person one thing: an email (plain text and HTML, in their language, through the outbox and SMTP) and, for
 * people with an account, the same event in their in-app list, written in one transaction. Messages of a topic a person
 * switched off are not sent; each such message carries a one-click unsubscribe link (List-Unsubscribe and
 * List-Unsubscribe-Post, RFC 8058) and a link in its text. Messages that must reach people have no topic.
 */
@Injectable()
export class Notifier {
  private readonly logger = new Logger(Notifier.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
  ) {}

  async notify(notice: Notice): Promise<NotifyOutcome> {
    const topic = topicOf(notice.kind);
    const person = await this.recipient(notice.to);
    if (!person) return 'no_recipient';
    // a message about a competition ends with its organisers' signature, in the recipient's language (else English)
    const facts = notice.facts as { competitionId?: string; entryId?: string; roundId?: string };
    const signature = await this.competitions.emailSignatureFor(facts);
    let message: Awaited<ReturnType<MailService['send']>> | null = null;
    const outcome = await this.db.transaction(async (m): Promise<NotifyOutcome> => {
      if (topic && person.userId && (await m.existsBy(NotificationOptOut, { userId: person.userId, topic }))) return 'switched_off';
      if (notice.onceKey && !(await this.claim(m, notice.onceKey))) return 'already_sent';
      const t = mailText(person.locale);
      const unsubscribe = topic && person.userId ? await this.unsubscribeToken(m, person.userId, topic) : null;
      const { subject, lines } = notice.email(t);
      message = await this.mail.send(
        {
          to: person.email,
          kind: notice.kind,
          lang: t.locale,
          subject,
          text: t.compose(person.name, [
            ...lines,
            '',
            t.t('notify.open'),
            this.url(notice.path),
            ...(t.localised(signature) ? ['', t.localised(signature)] : []),
            '',
            ...this.footer(t, topic, unsubscribe, !!person.userId),
          ]),
          ...(unsubscribe
            ? {
                headers: {
                  'List-Unsubscribe': `<${this.url(notificationPaths.oneClick(unsubscribe))}>`,
                  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
                },
              }
            : {}),
        },
        m,
      );
      if (person.userId) await m.insert(Notification, { userId: person.userId, kind: notice.kind, facts: notice.facts, path: notice.path, readAt: null });
      return 'sent';
    });
    if (message) await this.mail.queueDelivery(message);
    if (outcome !== 'sent') this.logger.debug({ kind: notice.kind, outcome }, 'notification not sent');
    return outcome;
  }

  /** Tells each of several people, one at a time (each in its own transaction); returns how many were sent. */
  async notifyEach(notices: Notice[]): Promise<number> {
    let sent = 0;
    for (const notice of notices) if ((await this.notify(notice)) === 'sent') sent++;
    return sent;
  }

  /** The absolute address of a web page, for a message. */
  url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  private footer(t: MailText, topic: NotificationTopic | null, unsubscribe: string | null, hasAccount: boolean): string[] {
    if (topic && unsubscribe) return [t.t(`notify.topics.${topic}.why`), t.t('notify.stop'), this.url(notificationPaths.unsubscribePage(unsubscribe))];
    return hasAccount ? [t.t('notify.essential'), t.t('notify.settings'), this.url(notificationPaths.list)] : [t.t('notify.essentialNoAccount')];
  }

  private async recipient(to: Recipient): Promise<{ userId: string | null; email: string; name: string | null; locale: string | null } | null> {
    if ('email' in to) return { userId: null, email: to.email, name: to.name, locale: to.locale };
    const [user] = await this.accounts.usersByIds([to.userId]);
    if (!user) return null;
    return { userId: user.id, email: user.email, name: user.displayName, locale: to.locale ?? user.locale };
  }

  /** Claims a once-only key inside the message's transaction: false when another process (or an earlier run) holds it. */
  private async claim(m: EntityManager, key: string): Promise<boolean> {
    const claimed = await m.createQueryBuilder().insert().into(NotificationOnce).values({ key }).orIgnore().returning('key').execute();
    return (claimed.raw as unknown[]).length > 0;
  }

  private async unsubscribeToken(m: EntityManager, userId: string, topic: NotificationTopic): Promise<string> {
    const { token, hash } = newToken();
    await m.insert(UnsubscribeLink, { tokenHash: hash, userId, topic });
    return token;
  }
}
