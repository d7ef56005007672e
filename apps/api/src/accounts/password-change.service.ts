import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountsReason } from '@clapper/domain/refusals';
import { fieldRefusal } from '../common/domain-error.js';
import { MailService } from '../mail/mail.service.js';
import type { Actor } from '../auth/actor.js';
import { SessionService } from '../auth/session.service.js';
import { SignInThrottle } from '../auth/sign-in-throttle.js';
import { PasswordService } from './password.service.js';
import { User } from './user.entity.js';
import { mailPasswordChanged } from './password-changed-mail.js';
import type { PasswordChangedDto } from './dto/password-change.dto.js';

/**
 * A signed-in user changes their password with the current one. Every other session ends (this one stays), and the
 * user is mailed in their language. Wrong current passwords count like failed sign-ins from this client address
 * (SignInThrottle), so a borrowed session cannot be used to guess the password quickly.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly throttle: SignInThrottle,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async change(actor: Actor, currentPassword: string, newPassword: string, clientIp: string | undefined): Promise<PasswordChangedDto> {
    const user = await this.users.findOneByOrFail({ id: actor.userId });
    if (newPassword === currentPassword)
      throw fieldRefusal('newPassword', AccountsReason.SamePassword, {}, 'The new password must differ from the current one.');
    this.passwords.assertAcceptable(newPassword, user.email, 'newPassword');
    const ok = await this.throttle.attempt(user.email, clientIp, () => this.passwords.verify(user.passwordHash, currentPassword));
    if (!ok) throw fieldRefusal('currentPassword', AccountsReason.WrongCurrentPassword, {}, 'The current password is wrong.');
    const passwordHash = await this.passwords.hash(newPassword);
    const now = this.clock.now();
    await this.db.transaction(async (m) => {
      await m.update(User, { id: user.id }, { passwordHash });
      await this.audit.record({ actorId: user.id, action: 'account.password_changed', subjectType: 'user', subjectId: user.id }, m);
    });
    const signedOut = await this.sessions.destroyAllFor(user.id, actor.sessionId);
    await mailPasswordChanged(this.mail, this.config.publicUrl, user, now, 'others');
    return { signedOut };
  }
}
