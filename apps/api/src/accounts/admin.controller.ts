import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Roles } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { Actor } from '../auth/actor.js';
import { AccountsReason } from '@clapper/domain/refusals';
import { forbidden } from '../common/domain-error.js';
import { Refuses } from '../common/refusals.decorator.js';
import { uuidPipe } from '../common/uuid.pipe.js';
import { AccountCountryService } from './account-country.service.js';
import { PageQueryDto } from '../common/dto.js';
import { MailService } from '../mail/mail.service.js';
import { AccountsService } from './accounts.service.js';
import { OutboxPageDto } from './dto/invitation.dto.js';
import { UserSummaryDto } from './dto/me.dto.js';

export class UsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'TH' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as TH' })
  country?: string;
}

export class UserCountryDto {
  @ApiProperty({ example: 'TH', description: "the account's country: a judge's, for the final's rule on their own country's entries" })
  @Matches(/^[A-Z]{2}$/, { message: 'countryCode must be a two-letter country code such as TH' })
  countryCode: string;
}

export class UsersPageDto {
  @ApiProperty({ type: [UserSummaryDto] })
  items: UserSummaryDto[];
  @ApiProperty()
  total: number;
}

@ApiTags('admin')
@Controller()
export class AdminController {
  constructor(
    private readonly mail: MailService,
    private readonly accounts: AccountsService,
    private readonly country: AccountCountryService,
  ) {}

  /** Mail that went out, or that waits in the outbox when no SMTP server is set. */
  @Get('admin/outbox')
  @Roles('organiser')
  @ApiOkResponse({ type: OutboxPageDto })
  async outbox(@Query() q: PageQueryDto): Promise<OutboxPageDto> {
    const [rows, total] = await this.mail.list(q.limit ?? 50, q.offset ?? 0);
    return {
      total,
      items: rows.map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        kind: m.kind,
        transport: m.transport,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
      })),
    };
  }

  /** Organisers list everyone; coordinators list the accounts of their own country. */
  @Get('users')
  @Roles('organiser', 'coordinator')
  @ApiOkResponse({ type: UsersPageDto })
  users(@CurrentActor() actor: Actor, @Query() q: UsersQueryDto): Promise<UsersPageDto> {
    let country = q.country;
    if (!actor.isOrganiser) {
      const own = actor.coordinatedCountries;
      if (country && !own.includes(country)) throw forbidden('Coordinators see the accounts of their own country only.');
      country ??= own[0];
    }
    return this.accounts.listUsers({ countryCode: country }, q.limit ?? 50, q.offset ?? 0);
  }

  /** An organiser changes an account's country (audit-logged): the only way a judge's country changes. */
  @Patch('users/:id/country')
  @Roles('organiser')
  @Refuses(AccountsReason.CountryNotParticipating)
  @ApiOkResponse({ type: UserSummaryDto })
  setCountry(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string, @Body() dto: UserCountryDto): Promise<UserSummaryDto> {
    return this.country.set(actor, id, dto.countryCode);
  }
}
