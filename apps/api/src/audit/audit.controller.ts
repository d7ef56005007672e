import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { AuditEventDto, AuditQueryDto } from './dto/audit.dto.js';
import { AuditService } from './audit.service.js';

/** The append-only audit log, newest first: organisers only. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly accounts: AccountsQueries,
  ) {}

  @Get()
  @Roles('organiser')
  @ApiOkResponse({ type: [AuditEventDto] })
  async list(@Query() q: AuditQueryDto): Promise<AuditEventDto[]> {
    const events = await this.audit.recent(q.limit ?? 100, q.subjectType && q.subjectId ? { type: q.subjectType, id: q.subjectId } : undefined, q.subjectType);
    const ids = [...new Set(events.map((e) => e.actorId).filter((x): x is string => !!x))];
    const names = await this.accounts.displayNames(ids);
    return events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actorId: e.actorId,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      before: e.before,
      after: e.after,
    }));
  }
}
