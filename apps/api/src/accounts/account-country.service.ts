import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldReason, Thing } from '@clapper/domain/refusals';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { fieldRefusal, notFound } from '../common/domain-error.js';
import { CountriesQueries } from '../countries/countries.queries.js';
import { AccountsService, notParticipating } from './accounts.service.js';
import { RoleGrant } from './role-grant.entity.js';
import { User } from './user.entity.js';
import type { UserSummaryDto } from './dto/me.dto.js';

/**
 * A change of an account's country: an organiser's action, audit-logged with the country before and after. It is the
 * only way a judge's country changes (an invitation never does); the account's judge grants follow it, so that the
 * final keeps the judge away from their (new) country's entries. A student's or teacher's country is their school's.
 */
@Injectable()
export class AccountCountryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly countries: CountriesQueries,
    private readonly accounts: AccountsService,
  ) {}

  async set(actor: Actor, userId: string, countryCode: string): Promise<UserSummaryDto> {
    await this.db.transaction(async (m) => {
      const user = await m.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound(Thing.User);
      if (user.schoolId) throw fieldRefusal('countryCode', FieldReason.NotAccepted, {}, "A student's or teacher's country is their school's.");
      if (!(await this.countries.countriesByCodes([countryCode], m)).length) throw notParticipating(countryCode);
      if (user.countryCode === countryCode) return;
      await m.update(User, { id: userId }, { countryCode });
      await m.update(RoleGrant, { userId, role: 'judge' }, { countryCode });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'account.country_changed',
          subjectType: 'user',
          subjectId: userId,
          before: { countryCode: user.countryCode },
          after: { countryCode },
        },
        m,
      );
    });
    return this.accounts.userSummary(userId);
  }
}
