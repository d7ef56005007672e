import { Module } from '@nestjs/common';
import { VideosModule } from '../videos/videos.module.js';
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
  imports: [VideosModule],
  controllers: [RoundsController, JudgeController],
  providers: [RoundAccess, RoundsService, PanelService, AssignmentsService, ScoringService, IdempotencyService],
})
export class JudgingModule {}
