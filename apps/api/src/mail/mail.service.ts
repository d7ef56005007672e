import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Transporter } from 'nodemailer';
import { type EntityManager, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { JobQueue } from '../queue/job-queue.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { htmlFromText } from './mail-html.js';
import { mailText, type MailText } from './mail-i18n.js';
import { OutboxMessage } from './outbox-message.entity.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  kind: string;
  /** the language of the text, for the HTML part's lang attribute */
  lang?: string;
  headers?: Record<string, string>;
}

/**
 * Every message is written to the outbox first. With SMTP_URL set, a worker job sends it through SMTP;
 * without it the message stays in the outbox, where organisers read it in the admin console.
 */
@Injectable()
export class MailService implements OnModuleInit {
  /** nodemailer is loaded on first delivery: only the process that delivers mail (the worker) carries it */
  private transporter: Promise<Transporter> | null = null;

  constructor(
    @InjectRepository(OutboxMessage) private readonly outbox: Repository<OutboxMessage>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly accounts: AccountsQueries,
  ) {}

  onModuleInit(): void {
    this.queue.handle('mail.send', ({ messageId }) => this.deliver(messageId));
  }

  /** The email texts in the language the user chose (their saved interface language), English when unknown. */
  async textFor(userId: string, override?: string | null): Promise<MailText> {
    if (override) return mailText(override);
    return mailText(await this.accounts.localeOf(userId));
  }

  /** Writes the message to the outbox (with its HTML part) and, with SMTP, queues its delivery. */
  async send(message: MailMessage, m?: EntityManager): Promise<OutboxMessage> {
    const outbox = m?.getRepository(OutboxMessage) ?? this.outbox;
    const { lang, headers, ...rest } = message;
    const saved = await outbox.save(
      outbox.create({
        ...rest,
        html: htmlFromText(message.text, lang ?? 'en'),
        headers: headers ?? null,
        transport: this.config.mail.smtpUrl ? 'smtp' : 'outbox',
        sentAt: null,
        error: null,
      }),
    );
    if (!m) await this.queueDelivery(saved);
    return saved;
  }

  /** Queues the delivery of a message written inside a transaction; call it once that transaction has committed. */
  async queueDelivery(message: Pick<OutboxMessage, 'id' | 'transport'>): Promise<void> {
    if (message.transport === 'smtp' && this.config.mail.smtpUrl) await this.queue.send('mail.send', { messageId: message.id });
  }

  /** Runs in the worker: sends one queued message through SMTP. Throws so that the queue retries. */
  async deliver(messageId: string): Promise<void> {
    const message = await this.outbox.findOne({ where: { id: messageId } });
    const smtpUrl = this.config.mail.smtpUrl;
    if (!message || message.sentAt || !smtpUrl) return;
    try {
      this.transporter ??= import('nodemailer').then(
        (m) => m.default.createTransport(smtpUrl),
        (err: unknown) => ((this.transporter = null), Promise.reject(err)),
      );
      await (
        await this.transporter
      ).sendMail({
        from: this.config.mail.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(message.headers ? { headers: message.headers } : {}),
      });
      await this.outbox.update({ id: messageId }, { sentAt: this.clock.now(), error: null });
    } catch (err) {
      await this.outbox.update({ id: messageId }, { error: err instanceof Error ? err.message.slice(0, 500) : 'send failed' });
      throw err;
    }
  }

  list(limit: number, offset: number): Promise<[OutboxMessage[], number]> {
    return this.outbox.findAndCount({ order: { createdAt: 'DESC' }, take: limit, skip: offset });
  }
}
