import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Transporter } from 'nodemailer';
import { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { JobQueue } from '../queue/job-queue.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { mailText, type MailText } from './mail-i18n.js';
import { OutboxMessage } from './outbox-message.entity.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  kind: string;
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

  async send(message: MailMessage): Promise<OutboxMessage> {
    const saved = await this.outbox.save(
      this.outbox.create({ ...message, transport: this.config.mail.smtpUrl ? 'smtp' : 'outbox', sentAt: null, error: null }),
    );
    if (this.config.mail.smtpUrl) await this.queue.send('mail.send', { messageId: saved.id });
    return saved;
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
      await (await this.transporter).sendMail({ from: this.config.mail.from, to: message.to, subject: message.subject, text: message.text });
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
