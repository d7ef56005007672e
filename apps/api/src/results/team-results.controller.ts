import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { TeamResultsService } from './team-results.service.js';
import { TeamResultDto } from './dto/results.dto.js';

/** A team's results, once published: the team (owner, the school's teachers), the country's coordinators and organisers; others get 404. */
@ApiTags('results')
@Controller('entries/:id')
export class TeamResultsController {
  constructor(private readonly team: TeamResultsService) {}

  @Get('result')
  @Roles('student', 'teacher', 'coordinator', 'organiser')
  @ApiOkResponse({ type: TeamResultDto })
  result(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<TeamResultDto> {
    return this.team.forEntry(actor, id);
  }
}
