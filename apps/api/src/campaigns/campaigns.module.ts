import { Module } from '@nestjs/common';
import { VideosModule } from '../videos/videos.module.js';
import { CampaignsController } from './campaigns.controller.js';
import { CampaignsService } from './campaigns.service.js';

/** Campaigns: collections of works cleared for reuse, their uses, and media kit downloads (ffmpeg from the videos module). */
@Module({
  imports: [VideosModule],
  controllers: [CampaignsController],
  providers: [CampaignsService],
})
export class CampaignsModule {}
