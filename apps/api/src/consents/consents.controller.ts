import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ConsentsReason, EntriesReason } from '@clapper/domain/refusals';
import { Public, Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { RateLimit } from '../rate-limit/rate-limit.js';
import { EntriesService } from '../entries/entries.service.js';
import { FILE_FIELD_REFUSALS, withOneFile } from '../videos/multipart-request.js';
import { EntryDto } from '../entries/dto/entry.dto.js';
import { ConsentFormsService } from './consent-forms.service.js';
import { ConsentsService } from './consents.service.js';
import {
  GiveGuardianConsentDto,
  GuardianConsentPreviewRequestDto,
  GuardianConsentPreviewDto,
  GuardianLinkDto,
  ParticipantConsentDto,
  RefuseGuardianConsentDto,
  VerifyConsentDto,
} from './dto/consent.dto.js';

const TEAM = ['student', 'teacher', 'organiser'] as const;

/** a change the team makes while the entry is a draft (editing it) meets a submitted or withdrawn entry */
const LOCKED = [EntriesReason.SubmittedLocked, EntriesReason.WithdrawnLocked];
/** why the platform will not email a guardian's link for this member (guardian_email_on_entry is a problem of the field guardianEmail) */
const LINK_REFUSALS = [ConsentsReason.NotAMinor, ConsentsReason.SignedFormRequired, ConsentsReason.AlreadyGiven, ConsentsReason.GuardianEmailOnEntry];
/** what a guardian's link may answer with */
const TOKEN_REFUSALS = [ConsentsReason.LinkInvalid, ConsentsReason.LinkExpired];
/** agreeing to a text: its language is unknown or not approved, or the version read is no longer the current one */
const TEXT_REFUSALS = [ConsentsReason.UnknownLanguage, ConsentsReason.TextNotApproved, ConsentsReason.TextStale];

export class ConsentFormUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'the signed form: PDF, JPEG or PNG, at most 10 MB' })
  file: unknown;
}

export class ConsentFormUrlDto {
  @ApiProperty()
  url: string;
  @ApiProperty()
  expiresAt: string;
}

@ApiTags('consents')
@Controller()
export class ConsentsController {
  constructor(
    private readonly consents: ConsentsService,
    private readonly forms: ConsentFormsService,
    private readonly entries: EntriesService,
  ) {}

  @Post('entries/:id/members/:memberId/consent')
  @HttpCode(200)
  @Roles(...TEAM)
  @Refuses(...LOCKED, ...TEXT_REFUSALS)
  @ApiOkResponse({ type: EntryDto })
  async recordParticipant(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('memberId', uuidPipe) memberId: string,
    @Body() dto: ParticipantConsentDto,
  ): Promise<EntryDto> {
    await this.consents.recordParticipant(actor, id, memberId, { language: dto.language, textVersion: dto.textVersion });
    return this.entries.get(actor, id);
  }

  @Delete('entries/:id/members/:memberId/consent')
  @Roles(...TEAM)
  @Refuses(ConsentsReason.NothingToWithdraw)
  @ApiOkResponse({ type: EntryDto })
  async withdrawParticipant(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('memberId', uuidPipe) memberId: string): Promise<EntryDto> {
    await this.consents.withdrawParticipant(actor, id, memberId);
    return this.entries.get(actor, id);
  }

  /** Emails the guardian a single-use link; the answer is the entry, which shows only the masked address and the time. */
  @Post('entries/:id/members/:memberId/guardian-link')
  @HttpCode(200)
  @Roles(...TEAM)
  @Refuses(...LOCKED, ...LINK_REFUSALS)
  @ApiOkResponse({ type: EntryDto })
  async sendGuardianLink(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('memberId', uuidPipe) memberId: string,
    @Body() dto: GuardianLinkDto,
  ): Promise<EntryDto> {
    await this.consents.sendGuardianLink(actor, id, memberId, dto.guardianEmail, dto.language);
    return this.entries.get(actor, id);
  }

  @Post('entries/:id/members/:memberId/guardian-link/resend')
  @HttpCode(200)
  @Roles(...TEAM)
  @Refuses(...LOCKED, ...LINK_REFUSALS, ConsentsReason.NothingToResend)
  @ApiOkResponse({ type: EntryDto })
  async resendGuardianLink(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('memberId', uuidPipe) memberId: string): Promise<EntryDto> {
    await this.consents.resendGuardianLink(actor, id, memberId);
    return this.entries.get(actor, id);
  }

  /** A coordinator (or organiser) asks for a signed form instead of the email link for this member. */
  @Post('entries/:id/members/:memberId/guardian-consent/require-form')
  @HttpCode(200)
  @Roles('coordinator', 'organiser')
  @Refuses(ConsentsReason.NotAMinor, ConsentsReason.FormAlreadyVerified)
  @ApiOkResponse({ type: EntryDto })
  async requireSignedForm(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('memberId', uuidPipe) memberId: string): Promise<EntryDto> {
    await this.forms.requireSignedForm(actor, id, memberId);
    return this.entries.get(actor, id);
  }

  @Post('entries/:id/members/:memberId/guardian-form')
  @HttpCode(200)
  @Roles(...TEAM)
  @Refuses(...LOCKED, ...FILE_FIELD_REFUSALS, ConsentsReason.NotAMinor, ConsentsReason.FormWrongType, ConsentsReason.FormTooLarge, ConsentsReason.AlreadyGiven)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ConsentFormUploadDto })
  @ApiOkResponse({ type: EntryDto })
  async uploadGuardianForm(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('memberId', uuidPipe) memberId: string,
    @Req() req: Request,
  ): Promise<EntryDto> {
    await withOneFile(req, (file) => this.forms.uploadGuardianForm(actor, id, memberId, file));
    return this.entries.get(actor, id);
  }

  @Get('entries/:id/consents/:consentId/form')
  @Roles('student', 'teacher', 'coordinator', 'organiser')
  @ApiOkResponse({ type: ConsentFormUrlDto })
  formUrl(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('consentId', uuidPipe) consentId: string): Promise<ConsentFormUrlDto> {
    return this.forms.formUrl(actor, id, consentId);
  }

  @Post('entries/:id/consents/:consentId/verify')
  @HttpCode(200)
  @Roles('coordinator', 'organiser')
  @Refuses(ConsentsReason.NoFormWaiting)
  @ApiOkResponse({ type: EntryDto })
  async verify(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('consentId', uuidPipe) consentId: string,
    @Body() dto: VerifyConsentDto,
  ): Promise<EntryDto> {
    await this.forms.verify(actor, id, consentId, dto);
    return this.entries.get(actor, id);
  }

  /** Guardians: the token travels in the body, never in an API URL, so it stays out of logs. */
  @Post('guardian-consents/preview')
  @HttpCode(200)
  @Public()
  @RateLimit('guardian-link')
  @Refuses(...TOKEN_REFUSALS, ConsentsReason.UnknownLanguage)
  @ApiOkResponse({ type: GuardianConsentPreviewDto })
  preview(@Body() dto: GuardianConsentPreviewRequestDto): Promise<GuardianConsentPreviewDto> {
    return this.consents.preview(dto.token, dto.language);
  }

  @Post('guardian-consents/give')
  @HttpCode(200)
  @Public()
  @RateLimit('guardian-link')
  @Refuses(...TOKEN_REFUSALS, ...TEXT_REFUSALS, ConsentsReason.AlreadyGiven, ConsentsReason.Withdrawn)
  @ApiOkResponse({ type: GuardianConsentPreviewDto })
  give(@Body() dto: GiveGuardianConsentDto): Promise<GuardianConsentPreviewDto> {
    return this.consents.give(dto);
  }

  @Post('guardian-consents/refuse')
  @HttpCode(200)
  @Public()
  @RateLimit('guardian-link')
  @Refuses(...TOKEN_REFUSALS, ...TEXT_REFUSALS, ConsentsReason.AlreadyGiven, ConsentsReason.NothingToDecline)
  @ApiOkResponse({ type: GuardianConsentPreviewDto })
  refuse(@Body() dto: RefuseGuardianConsentDto): Promise<GuardianConsentPreviewDto> {
    return this.consents.refuse(dto);
  }

  @Post('guardian-consents/withdraw')
  @HttpCode(200)
  @Public()
  @RateLimit('guardian-link')
  @Refuses(...TOKEN_REFUSALS, ConsentsReason.NothingToWithdraw, ConsentsReason.UnknownLanguage)
  @ApiOkResponse({ type: GuardianConsentPreviewDto })
  withdraw(@Body() dto: GuardianConsentPreviewRequestDto): Promise<GuardianConsentPreviewDto> {
    return this.consents.withdraw(dto.token, dto.language);
  }
}
