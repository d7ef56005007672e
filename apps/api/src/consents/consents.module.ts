import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { Consent } from './consent.entity.js';
import { LegalText } from './legal-text.entity.js';
import { LegalTextsController } from './legal-texts.controller.js';
import { LegalTextsService } from './legal-texts.service.js';
import { ConsentsController } from './consents.controller.js';
import { ConsentFormsService } from './consent-forms.service.js';
import { ConsentNotices } from './consent-notices.js';
import { ConsentsService } from './consents.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Consent, LegalText]), AccountsModule, AccountsQueriesModule, CompetitionsQueriesModule, EntriesQueriesModule],
  controllers: [ConsentsController, LegalTextsController],
  providers: [ConsentsService, ConsentFormsService, ConsentNotices, LegalTextsService],
  exports: [ConsentsService, LegalTextsService],
})
export class ConsentsModule {}
