import { Module } from '@nestjs/common';

/** Showcase. */
@Module({
  imports: [],
  controllers: [],
  providers: [],
})
export class ShowcaseModule {}
