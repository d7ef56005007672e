import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, MoreThan, Not, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { Session } from './session.entity.js';
import type { Role } from '@clapper/domain/roles';
import { Actor } from './actor.js';
import { hashToken, newToken } from './tokens.js';

/** how stale a session's last-seen time may get before a request refreshes it (one write per few minutes, not per request) */
export const LAST_SEEN_EVERY_MS = 5 * 60_000;
const USER_AGENT_LENGTH = 512;

/**
 * Only active grants count anywhere (pending and refused teacher links give no rights).
 * The one read of another module's tables outside its query service (docs/modules.md): a signed-in request resolves its
 * session, user and grants in one statement on the hot path, and auth reads accounts' users and role_grants nowhere else.
 */
const RESOLVE_SQL = `SELECT s.id AS session_id, s.expires_at, s.last_seen_at, u.id AS user_id, u.email, u.display_name, u.country_code, u.school_id, u.disabled_at,
  g.role, g.country_code AS grant_country_code, g.school_id AS grant_school_id, g.round_id AS grant_round_id
FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN role_grants g ON g.user_id = u.id AND g.status = 'active'
WHERE s.token_hash = $1`;

interface ResolvedRow {
  session_id: string;
  expires_at: Date;
  last_seen_at: Date;
  user_id: string;
  email: string;
  display_name: string;
  country_code: string | null;
  school_id: string | null;
  disabled_at: Date | null;
  role: Role | null;
  grant_country_code: string | null;
  grant_school_id: string | null;
  grant_round_id: string | null;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Creates a new session; the caller sets the returned token as the cookie. `userAgent` names the device in the list. */
  async create(userId: string, userAgent?: string | null): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.session.ttlHours * 3600_000);
    await this.sessions.insert({ tokenHash: hash, userId, expiresAt, lastSeenAt: now, userAgent: userAgent ? userAgent.slice(0, USER_AGENT_LENGTH) : null });
    return { token, expiresAt };
  }

  /** The actor for a cookie token, or null when the session is unknown, expired or the user disabled. */
  async resolve(token: string): Promise<Actor | null> {
    if (!token || token.length > 100) return null;
    // every signed-in request comes through here: the session, its user and the user's active roles in one statement
    // and one row per role, with none of the entity building two TypeORM finds would cost
    const rows: ResolvedRow[] = await this.sessions.query(RESOLVE_SQL, [hashToken(token)]);
    const now = this.clock.now();
    const [first] = rows;
    if (!first || first.expires_at <= now || first.disabled_at) return null;
    if (now.getTime() - first.last_seen_at.getTime() > LAST_SEEN_EVERY_MS) {
      await this.sessions.update({ id: first.session_id }, { lastSeenAt: now });
    }
    const grants = rows
      .filter((r) => r.role !== null)
      .map((r) => ({ role: r.role!, countryCode: r.grant_country_code, schoolId: r.grant_school_id, roundId: r.grant_round_id }));
    return new Actor(first.user_id, first.session_id, first.email, first.display_name, first.country_code, first.school_id, grants);
  }

  async destroy(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /** Ends every session of the user, or every one but `exceptSessionId` (the one making the request). */
  async destroyAllFor(userId: string, exceptSessionId?: string): Promise<number> {
    const result = await this.sessions.delete(exceptSessionId ? { userId, id: Not(exceptSessionId) } : { userId });
    return result.affected ?? 0;
  }

  /** The user's sessions that have not expired, the most recently used first. */
  listFor(userId: string): Promise<Session[]> {
    return this.sessions.find({ where: { userId, expiresAt: MoreThan(this.clock.now()) }, order: { lastSeenAt: 'DESC', createdAt: 'DESC' } });
  }

  /** Ends one of the user's own sessions; false when the user has no such session (another user's id included). */
  async destroyOwn(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.sessions.delete({ id: sessionId, userId });
    return (result.affected ?? 0) > 0;
  }

  async purgeExpired(): Promise<number> {
    const result = await this.sessions.delete({ expiresAt: LessThan(this.clock.now()) });
    return result.affected ?? 0;
  }
}
