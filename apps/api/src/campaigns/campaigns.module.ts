import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { ConsentsQueriesModule } from '../consents/consents.queries.js';
import { CountriesQueriesModule } from '../countries/countries.queries.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { VideosQueriesModule } from '../videos/videos.queries.js';
import { VideosModule } from '../videos/videos.module.js';
import { Campaign, CampaignUse, CampaignWork, MediaKitDownload } from './campaign.entity.js';
import { CampaignsController } from './campaigns.controller.js';
import { CampaignsService } from './campaigns.service.js';
import { WorkFactsLoader } from './work-facts.js';

/** Campaigns: collections of works cleared for reuse, their uses, and media kit downloads (ffmpeg from the videos module). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Campaign, CampaignWork, CampaignUse, MediaKitDownload]),
    AccountsQueriesModule,
    CompetitionsQueriesModule,
    ConsentsQueriesModule,
    CountriesQueriesModule,
    EntriesQueriesModule,
    VideosQueriesModule,
    VideosModule,
  ],
  controllers: [CampaignsController],
  providers: [CampaignsService, WorkFactsLoader],
})
export class CampaignsModule {}
