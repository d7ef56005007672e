import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, MoreThan, Repository, type EntityManager } from 'typeorm';
import { isIsoDate } from '@clapper/domain/age';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { DomainError } from '../common/domain-error.js';
import { Country } from '../countries/country.entity.js';
import { SignInFailure } from '../auth/sign-in-failure.entity.js';
import { PasswordService } from './password.service.js';
import { RoleGrant } from './role-grant.entity.js';
import { School } from './school.entity.js';
import { User } from './user.entity.js';
import type { SignUpDto } from './dto/sign-up.dto.js';
import type { MeDto, UserSummaryDto } from './dto/me.dto.js';

export const schoolKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(SignInFailure) private readonly failures: Repository<SignInFailure>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly clock: Clock,
  ) {}

  async signUp(dto: SignUpDto): Promise<User> {
    const email = dto.email.toLowerCase();
    const fields: { field: string; messages: string[] }[] = [];
    if (dto.role === 'student' && !dto.dateOfBirth) fields.push({ field: 'dateOfBirth', messages: ['Students give their date of birth: it decides the age category and guardian consent.'] });
    if (dto.dateOfBirth && (!isIsoDate(dto.dateOfBirth) || dto.dateOfBirth > this.clock.now().toISOString().slice(0, 10) || dto.dateOfBirth < '1900-01-01'))
      fields.push({ field: 'dateOfBirth', messages: ['dateOfBirth must be a real date in the past, like 2010-05-14'] });
    if (fields.length) throw new DomainError('validation_failed', `Please correct: ${fields.map((f) => f.field).join(', ')}.`, fields);
    this.passwords.assertAcceptable(dto.password, email);
    const passwordHash = await this.passwords.hash(dto.password);

    return this.db.transaction(async (m) => {
      const country = await m.findOne(Country, { where: { code: dto.countryCode } });
      if (!country) throw new DomainError('validation_failed', 'Please choose a participating country.', [{ field: 'countryCode', messages: [`${dto.countryCode} is not a participating country`] }]);
      if (await m.exists(User, { where: { email } }))
        throw new DomainError('email_taken', 'An account with this email already exists. Sign in instead, or reset your password.', [
          { field: 'email', messages: ['An account with this email already exists.'] },
        ]);
      const school = await this.findOrCreateSchool(m, dto.countryCode, dto.schoolName);
      const user = await m.save(
        m.create(User, {
          email,
          passwordHash,
          displayName: dto.displayName,
          dateOfBirth: dto.dateOfBirth ?? null,
          countryCode: dto.countryCode,
          schoolId: school.id,
          locale: dto.locale ?? 'en',
          disabledAt: null,
        }),
      );
      await m.insert(RoleGrant, { userId: user.id, role: dto.role, schoolId: school.id, countryCode: dto.countryCode });
      return user;
    });
  }

  async findOrCreateSchool(m: EntityManager, countryCode: string, name: string): Promise<School> {
    const nameKey = schoolKey(name);
    await m
      .createQueryBuilder()
      .insert()
      .into(School)
      .values({ name: name.trim().replace(/\s+/g, ' '), nameKey, countryCode })
      .orIgnore()
      .execute();
    return m.findOneOrFail(School, { where: { countryCode, nameKey } });
  }

  /** Checks the lock, then the password; records failures in Postgres so every replica sees them. */
  async verifyCredentials(emailInput: string, password: string): Promise<User> {
    const email = emailInput.toLowerCase();
    const now = this.clock.now();
    const since = new Date(now.getTime() - this.config.signIn.lockMinutes * 60_000);
    const recentFailures = await this.failures.count({ where: { email, at: MoreThan(since) } });
    if (recentFailures >= this.config.signIn.maxFailures) {
      throw new DomainError('too_many_attempts', `Too many failed sign-ins for this account. Wait ${this.config.signIn.lockMinutes} minutes and try again.`, undefined, {
        retryAfterSeconds: this.config.signIn.lockMinutes * 60,
      });
    }
    const user = await this.users.findOne({ where: { email } });
    const ok = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!ok || !user || user.disabledAt) {
      await this.failures.insert({ email, at: now });
      throw new DomainError('invalid_credentials', 'The email or password is wrong.');
    }
    await this.failures.delete({ email });
    return user;
  }

  async me(userId: string): Promise<MeDto> {
    const user = await this.users.findOneOrFail({ where: { id: userId }, relations: { grants: true, school: true } });
    return toMe(user);
  }

  async setLocale(userId: string, locale: string): Promise<MeDto> {
    await this.users.update({ id: userId }, { locale });
    return this.me(userId);
  }

  async listUsers(filter: { countryCode?: string }, limit: number, offset: number): Promise<{ items: UserSummaryDto[]; total: number }> {
    const [users, total] = await this.users.findAndCount({
      where: filter.countryCode ? { countryCode: filter.countryCode } : {},
      relations: { grants: true, school: true },
      order: { createdAt: 'DESC' },
      take: limit,
      skip: offset,
    });
    return {
      total,
      items: users.map((u) => ({
        id: u.id,
        email: u.email,
        displayName: u.displayName,
        countryCode: u.countryCode,
        schoolName: u.school?.name ?? null,
        roles: grantsOf(u),
        createdAt: u.createdAt.toISOString(),
      })),
    };
  }

  async purgeOldFailures(): Promise<void> {
    const before = new Date(this.clock.now().getTime() - this.config.signIn.lockMinutes * 60_000);
    await this.failures.createQueryBuilder().delete().where('at < :before', { before }).execute();
  }
}

function grantsOf(u: User) {
  return (u.grants ?? [])
    .map((g) => ({ role: g.role, countryCode: g.countryCode, schoolId: g.schoolId, roundId: g.roundId }))
    .sort((a, b) => a.role.localeCompare(b.role));
}

export function toMe(user: User): MeDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    countryCode: user.countryCode,
    schoolId: user.schoolId,
    schoolName: user.school?.name ?? null,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    roles: grantsOf(user),
  };
}
