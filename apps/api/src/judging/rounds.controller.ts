import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import { CompetitionsReason, JudgingReason, ScoringReason } from '@clapper/domain/refusals';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { AssignmentsService } from './assignments.service.js';
import { PanelService } from './panel.service.js';
import { RoundsService } from './rounds.service.js';
import { AddAssignmentDto, AssignmentRunDto, AssignmentsDto, ExtraJudgesDto, ExtraJudgesInputDto } from './dto/assignment.dto.js';
import { PanelDto } from './dto/panel.dto.js';
import { CloseRoundDto, CreateRoundDto, OpenRoundDto, RoundDto, RoundsQueryDto, UpdateRoundDto } from './dto/round.dto.js';

/** Running rounds: organisers everywhere; a coordinator their own country's national round (others get 404). */
const MANAGERS = ['organiser', 'coordinator'] as const;

/** A rubric's problems, each given as a field problem (libs/domain/src/rubric.ts rubricProblemReason). */
const RUBRIC_PROBLEMS = Object.values(ScoringReason).filter((r) => r.startsWith('scoring.rubric_'));
/** what the check of a round's name and rubric against the competition's languages may find (competitions/competition-texts.ts) */
const TEXTS = [CompetitionsReason.TextEnglishMissing, CompetitionsReason.TextLanguageNotOffered] as const;

/** A judge added by hand against one of the assignment's rules (apps/api/src/judging/assign-facts.ts BLOCK_REFUSALS). */
const BLOCKED = [
  JudgingReason.DeclaredConflictEntry,
  JudgingReason.DeclaredConflictSchool,
  JudgingReason.DeclaredConflictCountry,
  JudgingReason.OwnSchool,
  JudgingReason.OwnCountry,
];

@ApiTags('rounds')
@Controller('rounds')
export class RoundsController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly panel: PanelService,
    private readonly assignments: AssignmentsService,
  ) {}

  @Post()
  @Roles(...MANAGERS)
  @Refuses(
    JudgingReason.CompetitionUnknown,
    JudgingReason.CountryNotParticipating,
    JudgingReason.OwnCountryOnly,
    JudgingReason.FinalHasNoCountry,
    JudgingReason.FinalOrganisersOnly,
    JudgingReason.NationalRoundExists,
    JudgingReason.FinalExists,
    JudgingReason.ClosesBeforeOpens,
    ...RUBRIC_PROBLEMS,
    ...TEXTS,
  )
  @ApiCreatedResponse({ type: RoundDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRoundDto): Promise<RoundDto> {
    return this.rounds.create(actor, dto);
  }

  @Get()
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: [RoundDto] })
  list(@CurrentActor() actor: Actor, @Query() q: RoundsQueryDto): Promise<RoundDto[]> {
    return this.rounds.list(actor, q.competitionId);
  }

  @Get(':id')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: RoundDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<RoundDto> {
    return this.rounds.get(actor, id);
  }

  @Patch(':id')
  @Roles(...MANAGERS)
  @Refuses(JudgingReason.RoundClosed, JudgingReason.RubricFrozen, JudgingReason.QuotaFinalOnly, JudgingReason.ClosesBeforeOpens, ...RUBRIC_PROBLEMS, ...TEXTS)
  @ApiOkResponse({ type: RoundDto })
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateRoundDto): Promise<RoundDto> {
    return this.rounds.update(actor, id, dto);
  }

  @Post(':id/open')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @Refuses(
    JudgingReason.RoundAlreadyOpen,
    JudgingReason.RoundClosed,
    JudgingReason.NoJudges,
    JudgingReason.NoEligibleEntries,
    JudgingReason.NoFinalists,
    JudgingReason.SubmissionsOpen,
  )
  @ApiOkResponse({ type: RoundDto })
  open(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: OpenRoundDto): Promise<RoundDto> {
    return this.rounds.open(actor, id, dto.confirm ?? false);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @Refuses(JudgingReason.RoundNotOpen, JudgingReason.RoundClosed, JudgingReason.ScorecardsMissing)
  @ApiOkResponse({ type: RoundDto })
  close(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: CloseRoundDto): Promise<RoundDto> {
    return this.rounds.close(actor, id, dto.force ?? false);
  }

  @Get(':id/judges')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: PanelDto })
  judges(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<PanelDto> {
    return this.panel.list(actor, id);
  }

  @Delete(':id/judges/:userId')
  @HttpCode(204)
  @Roles(...MANAGERS)
  @Refuses(JudgingReason.RoundClosed)
  @ApiNoContentResponse({ description: 'the judge left the panel; their submitted scorecards stay' })
  dropJudge(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('userId', uuidPipe) userId: string): Promise<void> {
    return this.panel.drop(actor, id, userId);
  }

  @Post(':id/assignment')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @Refuses(JudgingReason.RoundClosed)
  @ApiOkResponse({ type: AssignmentRunDto })
  runAssignment(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<AssignmentRunDto> {
    return this.assignments.run(actor, id);
  }

  @Get(':id/assignments')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: AssignmentsDto })
  listAssignments(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<AssignmentsDto> {
    return this.assignments.list(actor, id);
  }

  @Post(':id/assignments')
  @Roles(...MANAGERS)
  @Refuses(JudgingReason.RoundClosed, ...BLOCKED, JudgingReason.AlreadyAssigned)
  @ApiCreatedResponse({ type: AssignmentsDto })
  addAssignment(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AddAssignmentDto): Promise<AssignmentsDto> {
    return this.assignments.add(actor, id, dto);
  }

  @Post(':id/assignments/extra')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @Refuses(JudgingReason.RoundClosed)
  @ApiOkResponse({ type: ExtraJudgesDto })
  extraJudges(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ExtraJudgesInputDto): Promise<ExtraJudgesDto> {
    return this.assignments.extra(actor, id, dto);
  }

  @Delete(':id/assignments/:assignmentId')
  @Roles(...MANAGERS)
  @Refuses(JudgingReason.RoundClosed, JudgingReason.ScorecardSubmitted)
  @ApiOkResponse({ type: AssignmentsDto })
  removeAssignment(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('assignmentId', uuidPipe) assignmentId: string,
  ): Promise<AssignmentsDto> {
    return this.assignments.remove(actor, id, assignmentId);
  }
}
