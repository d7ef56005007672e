import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { AssignmentsService } from './assignments.service.js';
import { PanelService } from './panel.service.js';
import { RoundsService } from './rounds.service.js';
import { AddAssignmentDto, AssignmentRunDto, AssignmentsDto } from './dto/assignment.dto.js';
import { PanelDto } from './dto/panel.dto.js';
import { CloseRoundDto, CreateRoundDto, RoundDto, RoundsQueryDto, UpdateRoundDto } from './dto/round.dto.js';

/** Running rounds: organisers everywhere; a coordinator their own country's national round (others get 404). */
const MANAGERS = ['organiser', 'coordinator'] as const;

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
  @ApiOkResponse({ type: RoundDto })
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateRoundDto): Promise<RoundDto> {
    return this.rounds.update(actor, id, dto);
  }

  @Post(':id/open')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: RoundDto })
  open(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<RoundDto> {
    return this.rounds.open(actor, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...MANAGERS)
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
  @ApiNoContentResponse({ description: 'the judge left the panel; their submitted scorecards stay' })
  dropJudge(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('userId', uuidPipe) userId: string): Promise<void> {
    return this.panel.drop(actor, id, userId);
  }

  @Post(':id/assignment')
  @HttpCode(200)
  @Roles(...MANAGERS)
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
  @ApiCreatedResponse({ type: AssignmentsDto })
  addAssignment(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AddAssignmentDto): Promise<AssignmentsDto> {
    return this.assignments.add(actor, id, dto);
  }

  @Delete(':id/assignments/:assignmentId')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: AssignmentsDto })
  removeAssignment(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('assignmentId', uuidPipe) assignmentId: string,
  ): Promise<AssignmentsDto> {
    return this.assignments.remove(actor, id, assignmentId);
  }
}
