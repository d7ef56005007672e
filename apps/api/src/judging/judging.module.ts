import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsQueriesModule } from '../accounts/accounts.queries.js';
import { AuditQueriesModule } from '../audit/audit.queries.js';
import { CompetitionsQueriesModule } from '../competitions/competitions.queries.js';
import { CountriesModule } from '../countries/countries.module.js';
import { EntriesQueriesModule } from '../entries/entries.queries.js';
import { MailModule } from '../mail/mail.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { VideosModule } from '../videos/videos.module.js';
import { VideosQueriesModule } from '../videos/videos.queries.js';
import { Assignment } from './assignment.entity.js';
import { DeliberationNote } from './deliberation-note.entity.js';
import { IdempotencyRecord } from './idempotency-record.entity.js';
import { RoundEntry } from './round-entry.entity.js';
import { RoundJudge } from './round-judge.entity.js';
import { Round } from './round.entity.js';
import { Scorecard } from './scorecard.entity.js';
import { OversightController } from './oversight.controller.js';
import { OversightService } from './oversight.service.js';
import { PromotionService } from './promotion.service.js';
import { AssignmentsService } from './assignments.service.js';
import { IdempotencyService } from './idempotency.service.js';
import { JudgeController } from './judge.controller.js';
import { JudgeNotifications } from './judge-notifications.service.js';
import { PanelService } from './panel.service.js';
import { RoundAccess } from './round-access.service.js';
import { RoundsController } from './rounds.controller.js';
import { RoundsService } from './rounds.service.js';
import { JudgePoolService } from './judge-pool.service.js';
import { JudgingQueriesModule } from './judging.queries.js';
import { RoundSetupController } from './round-setup.controller.js';
import { OpenReadyController } from './open-ready.controller.js';
import { OpenReadyService } from './open-ready.service.js';
import { RoundTemplatesService } from './round-templates.service.js';
import { ScoringService } from './scoring.service.js';

/** Rounds, rubrics, panels, assignment and scoring. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Round, RoundEntry, RoundJudge, Assignment, Scorecard, DeliberationNote, IdempotencyRecord]),
    VideosModule,
    CountriesModule,
    MailModule,
    NotificationsModule,
    AccountsQueriesModule,
    AuditQueriesModule,
    CompetitionsQueriesModule,
    EntriesQueriesModule,
    VideosQueriesModule,
    JudgingQueriesModule,
  ],
  controllers: [RoundsController, JudgeController, OversightController, RoundSetupController, OpenReadyController],
  providers: [
    RoundAccess,
    RoundsService,
    PanelService,
    AssignmentsService,
    ScoringService,
    IdempotencyService,
    OversightService,
    PromotionService,
    RoundTemplatesService,
    JudgePoolService,
    OpenReadyService,
    JudgeNotifications,
  ],
  exports: [JudgeNotifications],
})
export class JudgingModule {}
