import { Module } from '@nestjs/common';

/** Campaigns. */
@Module({
  imports: [],
  controllers: [],
  providers: [],
})
export class CampaignsModule {}
