import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ConsentsController } from './consents.controller.js';
import { ConsentFormsService } from './consent-forms.service.js';
import { ConsentsService } from './consents.service.js';

@Module({ imports: [AccountsModule], controllers: [ConsentsController], providers: [ConsentsService, ConsentFormsService], exports: [ConsentsService] })
export class ConsentsModule {}
