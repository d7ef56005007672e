import { Module } from '@nestjs/common';
import { ShowcaseController } from './showcase.controller.js';
import { ShowcaseService } from './showcase.service.js';

/** The public showcase: server-rendered pages, embeds and media of published, cleared works. */
@Module({
  imports: [],
  controllers: [ShowcaseController],
  providers: [ShowcaseService],
})
export class ShowcaseModule {}
