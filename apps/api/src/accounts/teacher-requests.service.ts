import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountsReason, Thing } from '@clapper/domain/refusals';
import { DomainError, forbidden, notFound } from '../common/domain-error.js';
import { MailService } from '../mail/mail.service.js';
import type { Actor } from '../auth/actor.js';
import { RoleGrant } from './role-grant.entity.js';
import type { TeacherRequestDto, TeacherRequestStatus } from './dto/teacher-request.dto.js';

interface RequestRow {
  id: string;
  user_id: string;
  display_name: string;
  email: string;
  school_id: string;
  school_name: string;
  country_code: string;
  status: TeacherRequestStatus;
  created_at: Date;
  decided_at: Date | null;
  school_teachers: string;
}

const SELECT = `SELECT g.id, g.user_id, u.display_name, u.email, g.school_id, s.name AS school_name, s.country_code, g.status, g.created_at, g.decided_at,
         (SELECT count(*) FROM role_grants t WHERE t.role = 'teacher' AND t.status = 'active' AND t.school_id = g.school_id AND t.id <> g.id) AS school_teachers
    FROM role_grants g JOIN users u ON u.id = g.user_id JOIN schools s ON s.id = g.school_id
   WHERE g.role = 'teacher' AND NOT u.sign_up_pending`;

/**
 * Teachers' links to schools. A self-declared link is a request (listed once the teacher confirmed their address): the coordinator of the school's country (or an
 * organiser) approves or refuses it, and the teacher is told by email. Until then the teacher holds no role.
 */
@Injectable()
export class TeacherRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, filter: { country?: string; status?: TeacherRequestStatus }): Promise<TeacherRequestDto[]> {
    let countries: string[] | null;
    if (actor.isOrganiser) countries = filter.country ? [filter.country] : null;
    else {
      if (filter.country && !actor.canManageCountry(filter.country)) throw forbidden('Coordinators see the requests of their own country only.');
      countries = filter.country ? [filter.country] : actor.coordinatedCountries;
    }
    const params: unknown[] = [filter.status ?? 'pending'];
    let where = ' AND g.status = $1';
    if (countries) {
      params.push(countries);
      where += ' AND s.country_code = ANY($2)';
    }
    const rows: RequestRow[] = await this.db.query(`${SELECT}${where} ORDER BY g.created_at ASC LIMIT 500`, params);
    return rows.map(toDto);
  }

  approve(actor: Actor, id: string): Promise<TeacherRequestDto> {
    return this.decide(actor, id, 'active');
  }

  refuse(actor: Actor, id: string): Promise<TeacherRequestDto> {
    return this.decide(actor, id, 'refused');
  }

  private async decide(actor: Actor, id: string, status: 'active' | 'refused'): Promise<TeacherRequestDto> {
    const { row, changed } = await this.db.transaction(async (m) => {
      const before = await this.lockedRow(m, id);
      // a coordinator of another country learns nothing, not even that the id exists
      if (!before || !actor.canManageCountry(before.country_code)) throw notFound(Thing.TeacherRequest);
      if (before.status === status) return { row: before, changed: false };
      if (before.status !== 'pending')
        throw before.status === 'active'
          ? new DomainError('conflict', AccountsReason.TeacherRequestAlreadyApproved, 'This request was approved already.', {})
          : new DomainError('conflict', AccountsReason.TeacherRequestAlreadyRefused, 'This request was refused already.', {});
      const now = this.clock.now();
      await m.update(RoleGrant, { id }, { status, decidedBy: actor.userId, decidedAt: now, ...(status === 'active' ? { grantedBy: actor.userId } : {}) });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: status === 'active' ? 'teacher.approved' : 'teacher.refused',
          subjectType: 'user',
          subjectId: before.user_id,
          before: { status: before.status },
          after: { status, schoolId: before.school_id },
        },
        m,
      );
      return { row: { ...before, status, decided_at: now }, changed: true };
    });
    if (changed) await this.tell(actor, row);
    return toDto(row);
  }

  private async lockedRow(m: EntityManager, id: string): Promise<RequestRow | undefined> {
    const rows: RequestRow[] = await m.query(`${SELECT} AND g.id = $1 FOR UPDATE OF g`, [id]);
    return rows[0];
  }

  /** The teacher hears the decision in their own language. */
  private async tell(actor: Actor, row: RequestRow): Promise<void> {
    const text = await this.mail.textFor(row.user_id);
    const vars = { school: row.school_name, country: text.country(row.country_code), coordinator: actor.displayName };
    const approved = row.status === 'active';
    await this.mail.send({
      to: row.email,
      kind: approved ? 'teacher-approved' : 'teacher-refused',
      subject: text.t(approved ? 'teacherRequest.approvedSubject' : 'teacherRequest.refusedSubject', vars),
      text: text.compose(
        row.display_name,
        approved ? [text.t('teacherRequest.approved', vars), `${this.config.publicUrl}/me/entries`] : [text.t('teacherRequest.refused', vars)],
      ),
    });
  }
}

function toDto(r: RequestRow): TeacherRequestDto {
  return {
    id: r.id,
    displayName: r.display_name,
    emailDomain: r.email.slice(r.email.lastIndexOf('@') + 1),
    schoolId: r.school_id,
    schoolName: r.school_name,
    countryCode: r.country_code,
    status: r.status,
    requestedAt: new Date(r.created_at).toISOString(),
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    schoolTeachers: Number(r.school_teachers),
  };
}
