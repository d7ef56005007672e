import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes the append-only audit log; pass the transaction's manager so the event commits with the change. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  async record(event: AuditRecord, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEvent) : this.events;
    await repo.insert({ ...event, before: asJson(event.before), after: asJson(event.after) });
  }

  async recent(limit: number, subject?: { type: string; id: string }, subjectType?: string): Promise<AuditEvent[]> {
    return this.events.find({
      where: subject ? { subjectType: subject.type, subjectId: subject.id } : subjectType ? { subjectType } : {},
      order: { id: 'DESC' },
      take: limit,
    });
  }
}

/** Audit snapshots are stored as JSON; plain values are wrapped so that jsonb always holds an object or array. */
function asJson(value: unknown): object | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'object' ? value : { value };
}
