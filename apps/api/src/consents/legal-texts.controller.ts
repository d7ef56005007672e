import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { LEGAL_DOCUMENTS } from '@clapper/domain/legal-texts';
import { LOCALES } from '@clapper/domain/locales';
import { ConsentsReason } from '@clapper/domain/refusals';
import { Public, Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { AgreementTextDto, AgreementTextQueryDto, ApproveLegalTextDto, LegalTextsDto, SaveLegalTextDto } from './dto/legal-text.dto.js';
import { LegalTextsService } from './legal-texts.service.js';

const DOCUMENT = { name: 'document', enum: LEGAL_DOCUMENTS };
const LANGUAGE = { name: 'language', enum: LOCALES, description: 'any other language is refused (consents.unknown_language)' };

/** The consent and licence texts of a competition, per language: what people agree to, and the staff who vouch for them. */
@ApiTags('consents')
@Controller()
export class LegalTextsController {
  constructor(private readonly texts: LegalTextsService) {}

  /** The text in the reader's language when it is approved; otherwise none, and the languages that have one. */
  @Get('competitions/:id/agreement-texts/:document')
  @Public()
  @ApiParam(DOCUMENT)
  @Refuses(ConsentsReason.UnknownLanguage)
  @ApiOkResponse({ type: AgreementTextDto })
  agreementText(@Param('id', uuidPipe) id: string, @Param('document') document: string, @Query() q: AgreementTextQueryDto): Promise<AgreementTextDto> {
    return this.texts.agreementText(id, document, q.language);
  }

  /** Organisers, and coordinators of a country of the competition: each document × language, its state, who wrote and approved it. */
  @Get('competitions/:id/legal-texts')
  @Roles('coordinator', 'organiser')
  @ApiOkResponse({ type: LegalTextsDto })
  overview(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<LegalTextsDto> {
    return this.texts.overview(actor, id);
  }

  /** Writes a translation: a draft changes in place; an approved text gets a new revision to approve. */
  @Put('competitions/:id/legal-texts/:document/:language')
  @Roles('coordinator', 'organiser')
  @ApiParam(DOCUMENT)
  @ApiParam(LANGUAGE)
  @Refuses(ConsentsReason.UnknownLanguage)
  @ApiOkResponse({ type: LegalTextsDto })
  save(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('document') document: string,
    @Param('language') language: string,
    @Body() dto: SaveLegalTextDto,
  ): Promise<LegalTextsDto> {
    return this.texts.save(actor, id, document, language, dto);
  }

  /** Approves the newest revision of a translation, which someone else wrote. */
  @Post('competitions/:id/legal-texts/:document/:language/approve')
  @HttpCode(200)
  @Roles('coordinator', 'organiser')
  @ApiParam(DOCUMENT)
  @ApiParam(LANGUAGE)
  @Refuses(ConsentsReason.UnknownLanguage, ConsentsReason.TextMissing, ConsentsReason.TextStale, ConsentsReason.OwnTranslation)
  @ApiOkResponse({ type: LegalTextsDto })
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('document') document: string,
    @Param('language') language: string,
    @Body() dto: ApproveLegalTextDto,
  ): Promise<LegalTextsDto> {
    return this.texts.approve(actor, id, document, language, dto.textId);
  }
}
