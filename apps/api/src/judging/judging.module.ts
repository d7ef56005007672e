import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { VideosModule } from '../videos/videos.module.js';
import { OversightController } from './oversight.controller.js';
import { OversightService } from './oversight.service.js';
import { PromotionService } from './promotion.service.js';
import { AssignmentsService } from './assignments.service.js';
import { IdempotencyService } from './idempotency.service.js';
import { JudgeController } from './judge.controller.js';
import { PanelService } from './panel.service.js';
import { RoundAccess } from './round-access.service.js';
import { RoundsController } from './rounds.controller.js';
import { RoundsService } from './rounds.service.js';
import { ScoringService } from './scoring.service.js';

/** Rounds, rubrics, panels, assignment and scoring. */
@Module({
  imports: [VideosModule, AccountsModule, CountriesModule],
  controllers: [RoundsController, JudgeController, OversightController],
  providers: [RoundAccess, RoundsService, PanelService, AssignmentsService, ScoringService, IdempotencyService, OversightService, PromotionService],
})
export class JudgingModule {}
