import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { AccountsReason } from '@clapper/domain/refusals';
import { countryCodePipe } from '../common/country-code.pipe.js';
import { Refuses } from '../common/refusals.decorator.js';
import { CountriesService } from './countries.service.js';
import { CountryDto, CountryOverviewDto, CreateCountryDto, SchoolDto, SchoolsQueryDto, UpdateCountryDto } from './dto/country.dto.js';

@ApiTags('countries')
@Controller()
export class CountriesController {
  constructor(private readonly countries: CountriesService) {}

  @Get('countries')
  @Public()
  @ApiOkResponse({ type: [CountryDto] })
  list(): Promise<CountryDto[]> {
    return this.countries.list();
  }

  @Post('countries')
  @Roles('organiser')
  @Refuses(AccountsReason.CountryExists)
  @ApiCreatedResponse({ type: CountryDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCountryDto): Promise<CountryDto> {
    return this.countries.create(actor, dto);
  }

  @Patch('countries/:code')
  @Roles('organiser')
  @ApiOkResponse({ type: CountryDto })
  update(@CurrentActor() actor: Actor, @Param('code', countryCodePipe) code: string, @Body() dto: UpdateCountryDto): Promise<CountryDto> {
    return this.countries.update(actor, code, dto.names);
  }

  @Get('countries/:code/overview')
  @Roles('organiser', 'coordinator')
  @ApiOkResponse({ type: CountryOverviewDto })
  overview(@CurrentActor() actor: Actor, @Param('code', countryCodePipe) code: string): Promise<CountryOverviewDto> {
    return this.countries.overview(actor, code);
  }

  /** School names only, for the sign-up form; no one's personal data. */
  @Get('schools')
  @Public()
  @ApiOkResponse({ type: [SchoolDto] })
  schools(@Query() q: SchoolsQueryDto): Promise<SchoolDto[]> {
    return this.countries.schools(q.country, q.q);
  }
}
