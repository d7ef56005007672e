import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiUnprocessableEntityResponse, ApiCreatedResponse } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Public, Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { ConsentsReason, EntriesReason as E, Thing } from '@clapper/domain/refusals';
import { notFound } from '../common/domain-error.js';
import { Refuses } from '../common/refusals.decorator.js';
import { ErrorBody } from '../common/error-body.dto.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { EntriesService } from './entries.service.js';
import { EntryScreeningService } from './entry-screening.service.js';
import { LicenceVersion } from './licence.entity.js';
import {
  AcceptLicenceDto,
  CreateEntryDto,
  CreditsDto,
  EntriesQueryDto,
  EntryDto,
  EntrySummaryDto,
  ScreeningDto,
  SetCreditsDto,
  SetMembersDto,
  UpdateEntryDto,
} from './dto/entry.dto.js';

export class LicenceVersionDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  version: number;
  @ApiProperty()
  title: string;
  @ApiProperty()
  body: string;
}

const TEAM = ['student', 'teacher', 'organiser'] as const;
const VIEWERS = ['student', 'teacher', 'coordinator', 'organiser'] as const;
/** what editing a draft may meet: the entry is submitted or withdrawn */
const LOCKED = [E.SubmittedLocked, E.WithdrawnLocked] as const;
/** what `entries.not_ready` lists: every unmet requirement of a submission */
export const SUBMISSION_REASONS = [
  E.WindowNotOpen,
  E.WindowClosed,
  E.MissingTitle,
  E.MissingSynopsisEnglish,
  E.NoVideo,
  E.VideoNotReady,
  E.VideoRejected,
  E.MissingSubtitles,
  E.TeamTooSmall,
  E.TeamTooLarge,
  E.AgeOutsideCategory,
  E.ParticipantConsentMissing,
  E.GuardianConsentMissing,
  E.GuardianConsentPending,
  E.LicenceNotAccepted,
  E.SchoolLimitReached,
] as const;

@ApiTags('entries')
@Controller()
export class EntriesController {
  constructor(
    private readonly entries: EntriesService,
    private readonly screening: EntryScreeningService,
    @InjectRepository(LicenceVersion) private readonly licences: Repository<LicenceVersion>,
  ) {}

  @Post('entries')
  @Roles('student', 'teacher')
  @ApiCreatedResponse({ type: EntryDto })
  @Refuses(E.SchoolRequired, E.CompetitionNotOpen, E.CountryNotInCompetition, E.SubmissionsClosed, E.CategoryNotInCompetition)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateEntryDto): Promise<EntryDto> {
    return this.entries.create(actor, dto);
  }

  /** Students see their own entries, teachers their school's, coordinators their country's, organisers all. */
  @Get('entries')
  @Roles(...VIEWERS)
  @ApiOkResponse({ type: [EntrySummaryDto] })
  list(@CurrentActor() actor: Actor, @Query() q: EntriesQueryDto): Promise<EntrySummaryDto[]> {
    return this.entries.list(actor, q);
  }

  @Get('entries/:id')
  @Roles(...VIEWERS)
  @ApiOkResponse({ type: EntryDto })
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<EntryDto> {
    return this.entries.get(actor, id);
  }

  @Patch('entries/:id')
  @Roles(...TEAM)
  @ApiOkResponse({ type: EntryDto })
  @Refuses(...LOCKED, E.CategoryNotInCompetition)
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateEntryDto): Promise<EntryDto> {
    return this.entries.update(actor, id, dto);
  }

  @Put('entries/:id/members')
  @Roles(...TEAM)
  @ApiOkResponse({ type: EntryDto })
  @Refuses(...LOCKED, E.NotAMember)
  setMembers(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: SetMembersDto): Promise<EntryDto> {
    return this.entries.setMembers(actor, id, dto.members);
  }

  @Post('entries/:id/licence')
  @HttpCode(200)
  @Roles(...TEAM)
  @ApiOkResponse({ type: EntryDto })
  @Refuses(...LOCKED, E.NotThisLicence, E.LicenceChanged, ConsentsReason.UnknownLanguage, ConsentsReason.TextNotApproved, ConsentsReason.TextStale)
  acceptLicence(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: AcceptLicenceDto): Promise<EntryDto> {
    return this.entries.acceptLicence(actor, id, dto.licenceVersionId, { language: dto.language, textVersion: dto.textVersion });
  }

  /** How the team is credited in public, with a preview of exactly what the public will see; also after submission. */
  @Put('entries/:id/credits')
  @Roles(...TEAM)
  @ApiOkResponse({ type: CreditsDto })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description:
      "a choice the team's minors do not allow (reason entries.minor_credit_limited, params.options, params.members; details.members with their ids)",
  })
  @Refuses(E.MinorCreditLimited)
  setCredits(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: SetCreditsDto): Promise<CreditsDto> {
    return this.entries.setCredits(actor, id, dto);
  }

  @Post('entries/:id/submit')
  @HttpCode(200)
  @Roles(...TEAM)
  @ApiOkResponse({ type: EntryDto })
  @Refuses(...LOCKED, E.NotReady, E.ChangesDeadlinePassed, ...SUBMISSION_REASONS)
  submit(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<EntryDto> {
    return this.entries.submit(actor, id);
  }

  @Post('entries/:id/withdraw')
  @HttpCode(200)
  @Roles(...TEAM)
  @ApiOkResponse({ type: EntryDto })
  @Refuses(E.NotSubmitted, E.WithdrawClosed)
  withdraw(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<EntryDto> {
    return this.entries.withdraw(actor, id);
  }

  @Post('entries/:id/screening')
  @HttpCode(200)
  @Roles('coordinator', 'organiser')
  @ApiOkResponse({ type: EntryDto })
  @Refuses(E.NotSubmitted, E.DueNotInFuture)
  async screen(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: ScreeningDto): Promise<EntryDto> {
    await this.screening.screen(actor, id, dto);
    return this.entries.get(actor, id);
  }

  /** The current licence text that teams accept at submission. */
  @Get('competitions/:id/licence')
  @Public()
  @ApiOkResponse({ type: LicenceVersionDto })
  async licence(@Param('id', uuidPipe) id: string): Promise<LicenceVersionDto> {
    const latest = await this.licences.findOne({ where: { competitionId: id }, order: { version: 'DESC' } });
    if (!latest) throw notFound(Thing.Licence);
    return { id: latest.id, version: latest.version, title: latest.title, body: latest.body };
  }
}
