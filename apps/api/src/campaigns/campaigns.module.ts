import { Module } from '@nestjs/common';
import { CampaignsController } from './campaigns.controller.js';
import { CampaignsService } from './campaigns.service.js';

/** Campaigns: collections of works cleared for reuse, their uses, and media kit downloads. */
@Module({
  imports: [],
  controllers: [CampaignsController],
  providers: [CampaignsService],
})
export class CampaignsModule {}
