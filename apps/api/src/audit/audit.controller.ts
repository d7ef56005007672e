import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Roles } from '../auth/access.decorator.js';
import { User } from '../accounts/user.entity.js';
import { AuditEventDto, AuditQueryDto } from './dto/audit.dto.js';
import { AuditService } from './audit.service.js';

/** The append-only audit log, newest first: organisers only. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Get()
  @Roles('organiser')
  @ApiOkResponse({ type: [AuditEventDto] })
  async list(@Query() q: AuditQueryDto): Promise<AuditEventDto[]> {
    const events = await this.audit.recent(q.limit ?? 100, q.subjectType && q.subjectId ? { type: q.subjectType, id: q.subjectId } : undefined, q.subjectType);
    const ids = [...new Set(events.map((e) => e.actorId).filter((x): x is string => !!x))];
    const users = ids.length ? await this.db.getRepository(User).find({ where: { id: In(ids) }, select: { id: true, displayName: true } }) : [];
    const names = new Map(users.map((u) => [u.id, u.displayName]));
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
