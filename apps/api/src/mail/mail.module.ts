import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';
import { MailService } from './mail.service.js';
import { OutboxMessage } from './outbox-message.entity.js';

/** The outbox and its delivery: the mail module owns the outbox table, and reads a recipient's language through the accounts queries. */
@Module({ imports: [TypeOrmModule.forFeature([OutboxMessage]), AccountsQueriesModule], providers: [MailService], exports: [MailService] })
export class MailModule {}
