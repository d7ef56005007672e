import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { AccountsReason } from '@clapper/domain/refusals';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { TeacherRequestDto, TeacherRequestsQueryDto } from './dto/teacher-request.dto.js';
import { TeacherRequestsService } from './teacher-requests.service.js';

/** Coordinators (their own country) and organisers decide teachers' requests to act for a school. */
@ApiTags('teacher-requests')
@Controller('teacher-requests')
export class TeacherRequestsController {
  constructor(private readonly requests: TeacherRequestsService) {}

  @Get()
  @Roles('coordinator', 'organiser')
  @ApiOkResponse({ type: [TeacherRequestDto] })
  list(@CurrentActor() actor: Actor, @Query() q: TeacherRequestsQueryDto): Promise<TeacherRequestDto[]> {
    return this.requests.list(actor, q);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('coordinator', 'organiser')
  @Refuses(AccountsReason.TeacherRequestAlreadyRefused)
  @ApiOkResponse({ type: TeacherRequestDto })
  approve(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<TeacherRequestDto> {
    return this.requests.approve(actor, id);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  @Roles('coordinator', 'organiser')
  @Refuses(AccountsReason.TeacherRequestAlreadyApproved)
  @ApiOkResponse({ type: TeacherRequestDto })
  refuse(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<TeacherRequestDto> {
    return this.requests.refuse(actor, id);
  }
}
