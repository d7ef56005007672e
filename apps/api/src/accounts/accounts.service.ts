import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { isIsoDate } from '@clapper/domain/age';
import { schoolKey } from '@clapper/domain/schools';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { AccountsReason, FieldReason, problem, type Problem } from '@clapper/domain/refusals';
import { DomainError, fieldRefusal } from '../common/domain-error.js';
import { CountriesQueries } from '../countries/countries.queries.js';
import { SignInThrottle } from '../auth/sign-in-throttle.js';
import { PasswordService } from './password.service.js';
import { heldRoles, RoleGrant } from './role-grant.entity.js';
import { School } from './school.entity.js';
import { User } from './user.entity.js';
import type { SignUpDto } from './dto/sign-up.dto.js';
import type { MeDto, TeacherRequestStateDto, UserSummaryDto } from './dto/me.dto.js';

const EARLIEST_BIRTH_DATE = '1900-01-01';

/** A field (`countryCode` unless named) naming a country that does not take part. */
export const notParticipating = (country: string, field = 'countryCode') =>
  fieldRefusal(field, AccountsReason.CountryNotParticipating, { country }, `${country} is not a participating country`);

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly clock: Clock,
    private readonly countries: CountriesQueries,
  ) {}

  /**
   * A self sign-up. Whether or not the address has an account, the outcome looks the same to the caller (no
   * enumeration): 'created' for a new address, or one whose sign-up was never confirmed (started again with these
   * details), and 'exists' for an account that is in use, which this leaves untouched. The password is hashed either
   * way, so that timing does not tell. Bad field values are refused first (400, 422), whatever the address.
   */
  async signUp(dto: SignUpDto): Promise<{ user: User; outcome: 'created' | 'exists' }> {
    const email = dto.email.toLowerCase();
    const dateOfBirth = this.dateOfBirthProblem(dto);
    if (dateOfBirth) throw fieldRefusal('dateOfBirth', dateOfBirth.problem.reason, dateOfBirth.problem.params, dateOfBirth.message);
    this.passwords.assertAcceptable(dto.password, email);
    const passwordHash = await this.passwords.hash(dto.password);

    return this.db.transaction(async (m) => {
      if (!(await this.countries.countriesByCodes([dto.countryCode], m)).length) throw notParticipating(dto.countryCode);
      const existing = await m.findOne(User, { where: { email }, lock: { mode: 'pessimistic_write' } });
      if (existing && !existing.signUpPending) return { user: existing, outcome: 'exists' as const };
      const school = await this.findOrCreateSchool(m, dto.countryCode, dto.schoolName);
      const profile = {
        passwordHash,
        displayName: dto.displayName,
        dateOfBirth: dto.dateOfBirth ?? null,
        countryCode: dto.countryCode,
        schoolId: school.id,
        locale: dto.locale ?? 'en',
      };
      // A sign-up nobody confirmed yet starts again with the latest details: whoever typed someone else's address
      // first cannot keep a password that the address's owner, who opens the link, does not know.
      if (existing) {
        await m.update(User, { id: existing.id }, profile);
        await m.delete(RoleGrant, { userId: existing.id });
      }
      const user = existing ? Object.assign(existing, profile) : await m.save(m.create(User, { email, ...profile, disabledAt: null, signUpPending: true }));
      // a teacher's link to the school is only a request until the country's coordinator approves it
      await m.insert(RoleGrant, {
        userId: user.id,
        role: dto.role,
        schoolId: school.id,
        countryCode: dto.countryCode,
        status: dto.role === 'teacher' ? 'pending' : 'active',
      });
      return { user, outcome: 'created' as const };
    });
  }

  /** A student gives their date of birth (it decides the age category and guardian consent); any given is a real day in the past. */
  private dateOfBirthProblem(dto: SignUpDto): { problem: Problem; message: string } | null {
    const latestOn = this.clock.now().toISOString().slice(0, 10);
    if (!dto.dateOfBirth)
      return dto.role === 'student'
        ? { problem: problem(FieldReason.Required), message: 'Students give their date of birth: it decides the age category and guardian consent.' }
        : null;
    if (!isIsoDate(dto.dateOfBirth)) return { problem: problem(FieldReason.NotDate), message: 'dateOfBirth must be a real date, like 2010-05-14' };
    if (dto.dateOfBirth > latestOn || dto.dateOfBirth < EARLIEST_BIRTH_DATE)
      return {
        problem: problem(AccountsReason.DateOfBirthOutOfRange, { earliestOn: EARLIEST_BIRTH_DATE, latestOn }),
        message: `dateOfBirth must be a day between ${EARLIEST_BIRTH_DATE} and ${latestOn}`,
      };
    return null;
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

  /**
   * Checks the password, unless this client must still wait after failing for this account (SignInThrottle: the
   * client that fails is slowed down, never the account's owner elsewhere). `clientIp` is the address Express sees.
   */
  async verifyCredentials(emailInput: string, password: string, clientIp?: string): Promise<User> {
    const email = emailInput.toLowerCase();
    const user = await this.users.findOne({ where: { email } });
    const ok = await this.throttle.attempt(
      email,
      clientIp,
      async () => (await this.passwords.verify(user?.passwordHash ?? null, password)) && !!user && !user.disabledAt,
    );
    if (!ok || !user) throw new DomainError('invalid_credentials', AccountsReason.InvalidCredentials, 'The email or password is wrong.', {});
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

  /** One account as the users list shows it. */
  async userSummary(id: string): Promise<UserSummaryDto> {
    const u = await this.users.findOneOrFail({ where: { id }, relations: { grants: true, school: true } });
    return {
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      countryCode: u.countryCode,
      schoolName: u.school?.name ?? null,
      roles: grantsOf(u),
      createdAt: u.createdAt.toISOString(),
    };
  }

  async purgeOldFailures(): Promise<void> {
    await this.throttle.purge();
  }
}

function grantsOf(u: User) {
  return heldRoles(u.grants).sort((a, b) => a.role.localeCompare(b.role));
}

export function toMe(user: User): MeDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    countryCode: user.countryCode,
    dateOfBirth: user.dateOfBirth,
    schoolId: user.schoolId,
    schoolName: user.school?.name ?? null,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    roles: grantsOf(user),
    teacherRequest: teacherRequestOf(user),
  };
}

/** The user's latest teacher request that is not (yet) a role: pending, or refused. */
function teacherRequestOf(user: User): TeacherRequestStateDto | null {
  const request = (user.grants ?? [])
    .filter((g) => g.role === 'teacher' && g.status !== 'active')
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!request) return null;
  return {
    status: request.status as 'pending' | 'refused',
    schoolName: user.school?.name ?? null,
    countryCode: request.countryCode,
    requestedAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
  };
}
