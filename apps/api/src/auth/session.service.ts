import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { Session } from './session.entity.js';
import { User } from '../accounts/user.entity.js';
import { Actor } from './actor.js';
import { hashToken, newToken } from './tokens.js';

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Creates a new session; the caller sets the returned token as the cookie. */
  async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.session.ttlHours * 3600_000);
    await this.sessions.insert({ tokenHash: hash, userId, expiresAt, lastSeenAt: now });
    return { token, expiresAt };
  }

  /** The actor for a cookie token, or null when the session is unknown, expired or the user disabled. */
  async resolve(token: string): Promise<Actor | null> {
    if (!token || token.length > 100) return null;
    const session = await this.sessions.findOne({ where: { tokenHash: hashToken(token) } });
    const now = this.clock.now();
    if (!session || session.expiresAt <= now) return null;
    const user = await this.users.findOne({ where: { id: session.userId }, relations: { grants: true } });
    if (!user || user.disabledAt) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > 5 * 60_000) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: now });
    }
    return new Actor(
      user.id,
      session.id,
      user.email,
      user.displayName,
      user.countryCode,
      user.schoolId,
      (user.grants ?? []).map((g) => ({ role: g.role, countryCode: g.countryCode, schoolId: g.schoolId, roundId: g.roundId })),
    );
  }

  async destroy(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  async destroyAllFor(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
  }

  async purgeExpired(): Promise<number> {
    const result = await this.sessions.delete({ expiresAt: LessThan(this.clock.now()) });
    return result.affected ?? 0;
  }
}
