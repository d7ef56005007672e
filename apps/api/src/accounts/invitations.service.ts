import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Clock } from '../clock/clock.js';
import { JudgingQueries } from '../judging/judging.queries.js';
import { canManageRound } from '../judging/round-access.service.js';
import { roundBrief, roundBriefLines, type RoundBriefDto } from '../judging/round-brief.js';
import { AccountsReason, FieldReason, problem, Thing } from '@clapper/domain/refusals';
import { DomainError, fieldRefusal, fieldsRefusal, forbidden, notFound, type FieldError } from '../common/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { CountriesQueries } from '../countries/countries.queries.js';
import type { Actor } from '../auth/actor.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { AccountsService, notParticipating } from './accounts.service.js';
import { PasswordService } from './password.service.js';
import { Invitation } from './invitation.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { User } from './user.entity.js';
import { WelcomeService } from './welcome.service.js';
import type { AcceptInvitationDto, CreateInvitationDto, InvitationDto, InvitationPreviewDto } from './dto/invitation.dto.js';

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly accounts: AccountsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly judging: JudgingQueries,
    private readonly countries: CountriesQueries,
    private readonly welcome: WelcomeService,
  ) {}

  /**
   * Organisers invite anyone; coordinators invite judges and a school's teachers for their own country only. A
   * teacher's invitation names the school: accepting it links the teacher to it at once, since the inviter vouches.
   */
  async create(actor: Actor, dto: CreateInvitationDto): Promise<InvitationDto> {
    if (dto.roundId) dto = await this.forRound(actor, dto, dto.roundId);
    if (!actor.isOrganiser) {
      if (dto.role !== 'judge' && dto.role !== 'teacher') throw forbidden('Coordinators can invite judges and teachers only.');
      if (!dto.countryCode || !actor.canManageCountry(dto.countryCode)) throw forbidden('Coordinators invite people for their own country only.');
    }
    if ((dto.role === 'coordinator' || dto.role === 'teacher') && !dto.countryCode)
      throw fieldRefusal('countryCode', FieldReason.Required, {}, `countryCode is required for a ${dto.role}`);
    if (dto.role === 'teacher' && !dto.schoolName) throw fieldRefusal('schoolName', FieldReason.Required, {}, 'schoolName is required for a teacher');
    if (dto.role !== 'teacher' && dto.schoolName) throw fieldRefusal('schoolName', FieldReason.NotAccepted, {}, 'only teachers are invited for a school');
    if (dto.countryCode && !(await this.countries.countriesByCodes([dto.countryCode])).length) throw notParticipating(dto.countryCode);
    // a judge's country is their account's: an invitation never changes it (accept() holds to it as well)
    if (dto.role === 'judge') dto = { ...dto, countryCode: (await this.accountCountry(dto.email)) ?? dto.countryCode };

    const school = dto.role === 'teacher' ? await this.accounts.findOrCreateSchool(this.db.manager, dto.countryCode!, dto.schoolName!) : null;
    const { token, hash } = newToken();
    const now = this.clock.now();
    // in the language the inviter chose for this person, else the inviter's own
    const text = await this.mail.textFor(actor.userId, dto.language);
    const invitation = await this.invitations.save(
      this.invitations.create({
        tokenHash: hash,
        email: dto.email.toLowerCase(),
        role: dto.role,
        countryCode: dto.countryCode ?? null,
        schoolId: school?.id ?? null,
        roundId: dto.roundId ?? null,
        language: text.locale,
        invitedBy: actor.userId,
        expiresAt: new Date(now.getTime() + this.config.invitationTtlHours * 3600_000),
        acceptedAt: null,
        acceptedBy: null,
        revokedAt: null,
      }),
    );
    const link = `${this.config.publicUrl}/invite/${token}`;
    const role = text.t(`roles.${dto.role}`);
    const country = dto.countryCode ? text.country(dto.countryCode) : null;
    const brief = await this.brief(invitation.roundId, true);
    await this.mail.send({
      to: invitation.email,
      kind: 'invitation',
      lang: text.locale,
      subject: text.t('invitation.subject', { role }),
      text: text.compose(null, [
        school && country
          ? text.t('invitation.introSchool', { inviter: actor.displayName, school: school.name, country })
          : country
            ? text.t('invitation.introCountry', { inviter: actor.displayName, role, country })
            : text.t('invitation.intro', { inviter: actor.displayName, role }),
        ...(brief ? ['', ...roundBriefLines(text, brief)] : []),
        '',
        text.t('invitation.accept'),
        link,
        '',
        text.t('invitation.expires', { date: text.dateTime(invitation.expiresAt) }),
      ]),
    });
    await this.audit.record({
      actorId: actor.userId,
      action: 'invitation.created',
      subjectType: 'invitation',
      subjectId: invitation.id,
      after: { role: dto.role, countryCode: dto.countryCode ?? null, schoolId: school?.id ?? null },
    });
    return this.toDto({ ...invitation, school: school ?? undefined });
  }

  async list(actor: Actor): Promise<InvitationDto[]> {
    const rows = await this.invitations.find({
      where: actor.isOrganiser ? {} : { invitedBy: actor.userId },
      relations: { school: true },
      order: { createdAt: 'DESC' },
      take: 500,
    });
    return rows.map((i) => this.toDto(i));
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    const invitation = await this.invitations.findOne({ where: { id } });
    if (!invitation || (!actor.isOrganiser && invitation.invitedBy !== actor.userId)) throw notFound(Thing.Invitation);
    if (invitation.acceptedAt)
      throw new DomainError(
        'conflict',
        AccountsReason.InvitationAccepted,
        'This invitation was already accepted; remove the role from the account instead.',
        {},
      );
    await this.invitations.update({ id }, { revokedAt: this.clock.now() });
    await this.audit.record({ actorId: actor.userId, action: 'invitation.revoked', subjectType: 'invitation', subjectId: id });
  }

  async preview(token: string): Promise<InvitationPreviewDto> {
    const invitation = await this.usable(token);
    const account = await this.users.findOne({ where: { email: invitation.email }, select: { id: true, countryCode: true } });
    return {
      email: invitation.email,
      role: invitation.role,
      // a judge keeps their account's country, whatever the invitation says
      countryCode: (invitation.role === 'judge' ? account?.countryCode : null) ?? invitation.countryCode,
      schoolName: invitation.school?.name ?? null,
      expiresAt: invitation.expiresAt.toISOString(),
      accountExists: !!account,
      round: await this.brief(invitation.roundId, true),
    };
  }

  /**
   * Accepting creates the account (new email) or adds the role to the signed-in account with the invited email.
   * The token works once: the update below only succeeds for the first caller.
   */
  async accept(dto: AcceptInvitationDto, actor: Actor | null): Promise<User> {
    const invitation = await this.usable(dto.token);
    const existing = await this.users.findOne({ where: { email: invitation.email } });
    let passwordHash: string | null = null;
    if (existing) {
      if (!actor || actor.userId !== existing.id)
        throw new DomainError(
          'unauthenticated',
          AccountsReason.InvitationSignInFirst,
          `An account for ${invitation.email} exists. Sign in with it, then open the invitation link again.`,
          { email: invitation.email },
        );
    } else {
      const fields: FieldError[] = [];
      if (!dto.displayName) fields.push({ field: 'displayName', messages: ['Give the name people will see.'], problems: [problem(FieldReason.Required)] });
      if (!dto.password) fields.push({ field: 'password', messages: ['Choose a password.'], problems: [problem(FieldReason.Required)] });
      if (fields.length) throw fieldsRefusal(fields);
      this.passwords.assertAcceptable(dto.password!, invitation.email);
      passwordHash = await this.passwords.hash(dto.password!);
    }

    const accepted = await this.db.transaction(async (m) => {
      const claimed = await m.update(Invitation, { id: invitation.id, acceptedAt: IsNull(), revokedAt: IsNull() }, { acceptedAt: this.clock.now() });
      if (!claimed.affected) throw new DomainError('invitation_used', AccountsReason.InvitationUsed, 'This invitation has already been used.', {});
      const user =
        existing ??
        (await m.save(
          m.create(User, {
            email: invitation.email,
            passwordHash: passwordHash!,
            displayName: dto.displayName!,
            dateOfBirth: null,
            countryCode: invitation.countryCode,
            schoolId: invitation.schoolId,
            // the language the invitation was written in, until the person chooses another
            locale: invitation.language ?? 'en',
            disabledAt: null,
            emailVerifiedAt: this.clock.now(), // the invitation link was mailed to this address
          }),
        ));
      await m.update(Invitation, { id: invitation.id }, { acceptedBy: user.id });
      // a judge's country comes from the account: an existing account keeps its own, whatever the invitation says;
      // one without a country (or a new one) takes the invitation's. A change of country goes through the account.
      const judgeCountry = invitation.role === 'judge' ? (user.countryCode ?? invitation.countryCode) : null;
      if (existing && invitation.role === 'judge' && !existing.countryCode && judgeCountry) {
        await m.update(User, { id: user.id }, { countryCode: judgeCountry });
        await this.audit.record(
          {
            actorId: user.id,
            action: 'account.country_set',
            subjectType: 'user',
            subjectId: user.id,
            before: { countryCode: null },
            after: { countryCode: judgeCountry, invitationId: invitation.id },
          },
          m,
        );
      }
      const grantCountry = invitation.role === 'judge' ? judgeCountry : invitation.countryCode;
      const scope = {
        userId: user.id,
        role: invitation.role,
        countryCode: grantCountry ?? IsNull(),
        schoolId: invitation.schoolId ?? IsNull(),
        roundId: invitation.roundId ?? IsNull(),
      };
      const held = await m.findOne(RoleGrant, { where: scope });
      // the inviter vouches: a pending (or refused) request for the same school becomes an active link
      if (held && held.status !== 'active')
        await m.update(
          RoleGrant,
          { id: held.id },
          { status: 'active', grantedBy: invitation.invitedBy, decidedBy: invitation.invitedBy, decidedAt: this.clock.now() },
        );
      if (!held)
        await m.insert(RoleGrant, {
          userId: user.id,
          role: invitation.role,
          countryCode: grantCountry,
          schoolId: invitation.schoolId,
          roundId: invitation.roundId,
          grantedBy: invitation.invitedBy,
        });
      if (invitation.schoolId && !existing?.schoolId)
        await m.update(User, { id: user.id }, { schoolId: invitation.schoolId, countryCode: invitation.countryCode });
      await this.audit.record(
        { actorId: user.id, action: 'invitation.accepted', subjectType: 'invitation', subjectId: invitation.id, after: { role: invitation.role } },
        m,
      );
      return user;
    });
    // a new account: the invitation link was mailed to its address, so accepting confirmed it; the welcome follows
    if (!existing) await this.welcome.welcome(accepted.id);
    return accepted;
  }

  /** The country of the account with this email, or null (no account, or one without a country). */
  private async accountCountry(email: string): Promise<string | null> {
    const user = await this.users.findOne({ where: { email: email.toLowerCase() }, select: { id: true, countryCode: true } });
    return user?.countryCode ?? null;
  }

  /** What the round asks of a judge joining it (null without a round). */
  private async brief(roundId: string | null, joining: boolean): Promise<RoundBriefDto | null> {
    const facts = roundId ? await this.judging.roundBrief(roundId) : null;
    return facts ? roundBrief(facts, joining) : null;
  }

  /**
   * A judge invited to a round: the inviter must run that round. In a national round the judge's country is the
   * round's; in the final it must be given, since a judge never gets entries from their own country there, unless
   * the invited address has an account with a country (then that is the judge's country, see create()).
   */
  private async forRound(actor: Actor, dto: CreateInvitationDto, roundId: string): Promise<CreateInvitationDto> {
    if (dto.role !== 'judge') throw fieldRefusal('roundId', AccountsReason.RoundInvitationJudgesOnly, {}, 'Only judges are invited to a round.');
    const round = await this.judging.round(roundId);
    if (!round || !canManageRound(actor, round)) throw fieldRefusal('roundId', AccountsReason.RoundNotManaged, {}, 'Choose a round you run.');
    if (round.status === 'closed') throw new DomainError('conflict', AccountsReason.RoundClosed, 'This round is closed: it takes no new judges.', {});
    if (round.kind === 'final' && !dto.countryCode && !(await this.accountCountry(dto.email)))
      throw fieldRefusal(
        'countryCode',
        AccountsReason.JudgeCountryRequired,
        {},
        "Say which country the judge comes from: in the final, judges never get their own country's entries.",
      );
    return { ...dto, countryCode: dto.countryCode ?? round.countryCode ?? undefined };
  }

  private async usable(token: string): Promise<Invitation> {
    const invitation = await this.invitations.findOne({ where: { tokenHash: hashToken(token) }, relations: { school: true } });
    if (!invitation || invitation.revokedAt)
      throw new DomainError(
        'not_found',
        AccountsReason.InvitationInvalid,
        'This invitation link is not valid. Ask the person who invited you for a new one.',
        {},
      );
    if (invitation.acceptedAt)
      throw new DomainError('invitation_used', AccountsReason.InvitationUsed, 'This invitation has already been used. Sign in instead.', {});
    if (invitation.expiresAt <= this.clock.now())
      throw new DomainError(
        'invitation_expired',
        AccountsReason.InvitationExpired,
        'This invitation has expired. Ask the person who invited you for a new one.',
        {
          expiredAt: invitation.expiresAt.toISOString(),
        },
      );
    return invitation;
  }

  private toDto(i: Invitation): InvitationDto {
    const status = i.acceptedAt ? 'accepted' : i.revokedAt ? 'revoked' : i.expiresAt <= this.clock.now() ? 'expired' : 'pending';
    return {
      id: i.id,
      email: i.email,
      role: i.role,
      countryCode: i.countryCode,
      roundId: i.roundId,
      schoolName: i.school?.name ?? null,
      status,
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
    };
  }
}
