import { Module } from '@nestjs/common';

/** Results. */
@Module({
  imports: [],
  controllers: [],
  providers: [],
})
export class ResultsModule {}
