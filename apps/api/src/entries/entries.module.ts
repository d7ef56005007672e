import { Global, Module } from '@nestjs/common';
import { EntriesController } from './entries.controller.js';
import { EntriesService } from './entries.service.js';
import { EntryAccess } from './entry-access.service.js';

@Global()
@Module({ controllers: [EntriesController], providers: [EntriesService, EntryAccess], exports: [EntryAccess, EntriesService] })
export class EntriesModule {}
