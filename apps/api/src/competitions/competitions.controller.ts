import { CompetitionsReason as C } from '@clapper/domain/refusals';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorator.js';
import { CurrentActor, OptionalActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { slugOrUuidPipe } from '../common/slug-or-uuid.pipe.js';
import { CompetitionsService } from './competitions.service.js';
import {
  CategoryDto,
  CategoryInputDto,
  CompetitionDto,
  CompetitionSummaryDto,
  CreateCompetitionDto,
  EntryRulesDto,
  SetCategoriesDto,
  SetCountriesDto,
  TranslationsDto,
  UpdateCategoryDto,
  UpdateCompetitionDto,
} from './dto/competition.dto.js';

/** what the entry rules' own checks may find */
const RULES = [C.MinAboveMax] as const;
/** what the check of an organiser's texts against the competition's languages may find (competition-texts.ts) */
const TEXTS = [C.TextEnglishMissing, C.TextLanguageNotOffered] as const;

@ApiTags('competitions')
@Controller('competitions')
export class CompetitionsController {
  constructor(private readonly competitions: CompetitionsService) {}

  /** Public: published competitions. Coordinators also see drafts their country takes part in; organisers see all. */
  @Get()
  @Public()
  @ApiOkResponse({ type: [CompetitionSummaryDto] })
  list(@OptionalActor() actor: Actor | null): Promise<CompetitionSummaryDto[]> {
    return this.competitions.list(actor);
  }

  @Get(':idOrSlug')
  @Public()
  @ApiOkResponse({ type: CompetitionDto })
  get(@OptionalActor() actor: Actor | null, @Param('idOrSlug', slugOrUuidPipe) idOrSlug: string): Promise<CompetitionDto> {
    return this.competitions.get(actor, idOrSlug);
  }

  @Get(':id/translations')
  @Roles('organiser')
  @ApiOkResponse({ type: TranslationsDto, description: 'what each language of the competition still misses (the completeness panel)' })
  translations(@Param('id', uuidPipe) id: string): Promise<TranslationsDto> {
    return this.competitions.translations(id);
  }

  @Post()
  @Roles('organiser')
  @ApiCreatedResponse({ type: CompetitionDto })
  @Refuses(C.SlugTaken, C.UnknownCountries, C.MustFollow, ...RULES, C.AgesOverlap, ...TEXTS)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCompetitionDto): Promise<CompetitionDto> {
    return this.competitions.create(actor, dto);
  }

  @Patch(':id')
  @Roles('organiser')
  @ApiOkResponse({ type: CompetitionDto })
  @Refuses(C.SlugTaken, C.NoCategories, C.MustFollow, C.RequiredForVoting, C.DraftNotAllowed, C.TranslationGaps, ...TEXTS)
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UpdateCompetitionDto): Promise<CompetitionDto> {
    return this.competitions.update(actor, id, dto);
  }

  @Put(':id/rules')
  @Roles('organiser')
  @ApiOkResponse({ type: CompetitionDto })
  @Refuses(...RULES)
  setRules(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: EntryRulesDto): Promise<CompetitionDto> {
    return this.competitions.setRules(actor, id, dto);
  }

  @Put(':id/countries')
  @Roles('organiser')
  @ApiOkResponse({ type: CompetitionDto })
  @Refuses(C.UnknownCountries)
  setCountries(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: SetCountriesDto): Promise<CompetitionDto> {
    return this.competitions.setCountries(actor, id, dto.countryCodes);
  }

  @Put(':id/categories')
  @Roles('organiser')
  @ApiOkResponse({ type: CompetitionDto })
  @Refuses(C.NotACategory, C.MinAboveMax, C.AgesOverlap, C.CategoryHasEntries, ...TEXTS)
  setCategories(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: SetCategoriesDto): Promise<CompetitionDto> {
    return this.competitions.setCategories(actor, id, dto.categories);
  }

  @Post(':id/categories')
  @Roles('organiser')
  @ApiCreatedResponse({ type: CategoryDto })
  @Refuses(C.MinAboveMax, C.AgesOverlap, ...TEXTS)
  addCategory(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: CategoryInputDto): Promise<CategoryDto> {
    return this.competitions.addCategory(actor, id, dto);
  }

  @Patch(':id/categories/:categoryId')
  @Roles('organiser')
  @ApiOkResponse({ type: CategoryDto })
  @Refuses(C.MinAboveMax, C.AgesOverlap, ...TEXTS)
  updateCategory(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('categoryId', uuidPipe) categoryId: string,
    @Body() dto: UpdateCategoryDto,
  ): Promise<CategoryDto> {
    return this.competitions.updateCategory(actor, id, categoryId, dto);
  }

  @Delete(':id/categories/:categoryId')
  @HttpCode(204)
  @Roles('organiser')
  @Refuses(C.CategoryHasEntries)
  removeCategory(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Param('categoryId', uuidPipe) categoryId: string): Promise<void> {
    return this.competitions.removeCategory(actor, id, categoryId);
  }
}
