import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';

// Other modules may name these types; only this module holds the classes that open their tables.
export type { AuditEvent };

/**
 * What other modules may read (and, where they must, write) of the audit trail: the audit module owns those tables,
 * and other modules come through here (issue 14; eslint.config.mjs enforces it). A method takes the caller's
 * EntityManager when it must see or join the caller's transaction.
 */
@Injectable()
export class AuditQueries {
  constructor(@InjectRepository(AuditEvent) private readonly auditEvents: Repository<AuditEvent>) {}

  /** Which of these subjects (of one type) the actor did this action on, in the caller's transaction when given. */
  async subjectsActedOnBy(actorId: string, action: string, subjectType: string, subjectIds: string[], m?: EntityManager): Promise<Set<string>> {
    if (!subjectIds.length) return new Set();
    const rows = await (m?.getRepository(AuditEvent) ?? this.auditEvents).find({
      where: { actorId, action, subjectType, subjectId: In(subjectIds) },
      select: { id: true, subjectId: true },
    });
    return new Set(rows.map((r) => r.subjectId));
  }

  /** The events of one action on one subject, oldest first. */
  eventsOn(subject: { type: string; id: string }, action: string): Promise<AuditEvent[]> {
    return this.auditEvents.find({ where: { subjectType: subject.type, subjectId: subject.id, action }, order: { id: 'ASC' } });
  }
}

/** The audit query service on its own: a leaf module that any module imports without an import cycle. */
@Module({ imports: [TypeOrmModule.forFeature([AuditEvent])], providers: [AuditQueries], exports: [AuditQueries] })
export class AuditQueriesModule {}
