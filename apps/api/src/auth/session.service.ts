import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, MoreThan, Not, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { Session } from './session.entity.js';
import { User } from '../accounts/user.entity.js';
import { heldRoles } from '../accounts/role-grant.entity.js';
import { Actor } from './actor.js';
import { hashToken, newToken } from './tokens.js';

/** how stale a session's last-seen time may get before a request refreshes it (one write per few minutes, not per request) */
export const LAST_SEEN_EVERY_MS = 5 * 60_000;
const USER_AGENT_LENGTH = 512;

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(User) private readonly users: Repository<User>,
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
    const session = await this.sessions.findOne({ where: { tokenHash: hashToken(token) } });
    const now = this.clock.now();
    if (!session || session.expiresAt <= now) return null;
    // find, not findOne: with a relation, findOne adds a DISTINCT … LIMIT query first, on every signed-in request
    const [user] = await this.users.find({ where: { id: session.userId }, relations: { grants: true } });
    if (!user || user.disabledAt) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: now });
    }
    return new Actor(
      user.id,
      session.id,
      user.email,
      user.displayName,
      user.countryCode,
      user.schoolId,
      heldRoles(user.grants),
    );
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
