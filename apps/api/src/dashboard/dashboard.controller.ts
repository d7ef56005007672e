import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { DashboardService } from './dashboard.service.js';
import { DashboardDto, DashboardQueryDto } from './dto/dashboard.dto.js';

/** A competition's dashboard: organisers see it whole; a coordinator their own countries' figures (another competition is 404, another country 403). */
@ApiTags('competitions')
@Controller('competitions/:id/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Roles('organiser', 'coordinator')
  @ApiOkResponse({ type: DashboardDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Query() q: DashboardQueryDto): Promise<DashboardDto> {
    return this.dashboard.dashboard(actor, id, q.country);
  }
}
