import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isMinor } from '@clapper/domain/age';
import { ConsentsReason } from '@clapper/domain/refusals';
import type { Locale } from '@clapper/domain/locales';
import { CONSENT_DOCUMENT } from '@clapper/domain/legal-texts';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { Clock } from '../clock/clock.js';
import { DomainError, fieldRefusal, forbidden } from '../common/domain-error.js';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { EntryAccess } from '../entries/entry-access.service.js';
import { EntriesQueries, type Entry } from '../entries/entries.queries.js';
import { MailService } from '../mail/mail.service.js';
import { Consent } from './consent.entity.js';
import { ConsentNotices } from './consent-notices.js';
import { findMember, upsertConsent } from './consent-ledger.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { maskEmail } from './mask-email.js';
import type { GiveGuardianConsentDto, GuardianConsentPreviewDto, RefuseGuardianConsentDto } from './dto/consent.dto.js';
import { LegalText } from './legal-text.entity.js';
import { agreedText, knownLanguage, labelOf, shownText } from './legal-text-reader.js';

const LINK_DAYS = 30;

/**
 * The consent ledger: participants' consents recorded by their team, guardians' by an emailed single-use link or a
 * verified form (the signed forms are in ConsentFormsService).
 */
@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: EntryAccess,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly rateLimit: RateLimiter,
    private readonly entries: EntriesQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly accounts: AccountsQueries,
    private readonly told: ConsentNotices,
  ) {}

  /**
   * The team records that a member agreed to take part and to be shown: the approved participant consent text in the
   * language they read (English unless they say), of the version they read when they say.
   */
  async recordParticipant(actor: Actor, entryId: string, memberId: string, read: { language?: string; textVersion?: string } = {}): Promise<void> {
    await this.db.transaction(async (m) => {
      const { entry } = await this.access.editDraft(actor, entryId, m);
      const member = await findMember(this.entries, m, entryId, memberId);
      const text = await agreedText(m, entry.competitionId, CONSENT_DOCUMENT.participant, read.language ?? 'en', read.textVersion);
      await upsertConsent(m, entryId, member.id, 'participant', {
        status: 'given',
        method: 'account',
        textVersion: labelOf(text),
        textLanguage: text.language,
        textId: text.id,
        givenByUserId: actor.userId,
        givenByName: member.fullName,
        givenAt: this.clock.now(),
        withdrawnAt: null,
      });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'consent.participant_given',
          subjectType: 'entry',
          subjectId: entryId,
          after: { memberId, textVersion: labelOf(text), textLanguage: text.language },
        },
        m,
      );
    });
    await this.told.changed({ entryId, memberId, consentKind: 'participant', status: 'given', actorId: actor.userId });
  }

  /** A participant's consent can be withdrawn at any time, also after submission. */
  async withdrawParticipant(actor: Actor, entryId: string, memberId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const { relation } = await this.access.view(actor, entryId, m);
      if (relation === 'coordinator') throw forbidden('Only the team or an organiser records consents.');
      await findMember(this.entries, m, entryId, memberId);
      const result = await m.update(
        Consent,
        { entryId, memberId, kind: 'participant', status: 'given' },
        { status: 'withdrawn', withdrawnAt: this.clock.now() },
      );
      if (!result.affected) throw new DomainError('conflict', ConsentsReason.NothingToWithdraw, 'There is no given consent to withdraw for this member.', {});
      await this.audit.record(
        { actorId: actor.userId, action: 'consent.participant_withdrawn', subjectType: 'entry', subjectId: entryId, after: { memberId } },
        m,
      );
    });
    await this.told.changed({ entryId, memberId, consentKind: 'participant', status: 'withdrawn', actorId: actor.userId });
  }

  /**
   * Emails a minor's guardian a single-use link, at the address the team gives and in the language it chooses. The
   * link goes to that inbox only: it is never returned, shown or logged. Sending again (to the same address or a new
   * one) replaces the link, so an older one stops working. At most the 'guardian-mail' limit of emails per member an hour (RATE_LIMITS).
   */
  async sendGuardianLink(actor: Actor, entryId: string, memberId: string, guardianEmail: string, language?: Locale): Promise<void> {
    await this.issueGuardianLink(actor, entryId, memberId, () => ({ email: guardianEmail.toLowerCase(), language: language ?? null }));
  }

  /** Sends a fresh link to the address (and in the language) the team gave last time; the previous link stops working. */
  async resendGuardianLink(actor: Actor, entryId: string, memberId: string): Promise<void> {
    await this.issueGuardianLink(actor, entryId, memberId, (existing) => {
      if (!existing?.guardianEmail || existing.method !== 'email_link' || !existing.tokenHash)
        throw new DomainError(
          'conflict',
          ConsentsReason.NothingToResend,
          'No guardian link has been emailed for this member yet: enter the guardian’s email first.',
          {},
        );
      return { email: existing.guardianEmail, language: existing.emailLanguage };
    });
  }

  private async issueGuardianLink(
    actor: Actor,
    entryId: string,
    memberId: string,
    target: (existing: Consent | null) => { email: string; language: string | null },
  ): Promise<void> {
    const { token, hash } = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + LINK_DAYS * 24 * 3600_000);
    const { member, entry, competition, email, text } = await this.db.transaction(async (m) => {
      const { entry } = await this.access.editDraft(actor, entryId, m);
      const member = await findMember(this.entries, m, entryId, memberId);
      const competition = await this.competitions.competitionOrFail(entry.competitionId, m);
      if (!isMinor(member.dateOfBirth, competition.referenceDate))
        throw new DomainError(
          'rule_violation',
          ConsentsReason.NotAMinor,
          `${member.fullName} is 18 or older on the reference date and gives their own consent; no guardian is needed.`,
          { name: member.fullName },
        );
      const existing = await m.findOne(Consent, { where: { memberId, kind: 'guardian' } });
      if (existing?.formRequiredAt)
        throw new DomainError(
          'conflict',
          ConsentsReason.SignedFormRequired,
          'The coordinator asked for a signed consent form for this member: upload the guardian’s signed form instead of emailing a link.',
          {},
        );
      if (existing?.status === 'given')
        throw new DomainError('conflict', ConsentsReason.AlreadyGiven, 'The guardian has already given consent for this member.', {});
      const { email, language } = target(existing);
      await this.refuseAccountsOnEntry(m, actor, entry, email);
      await this.rateLimit.consume(
        'guardian-mail',
        memberId,
        (sec, limit) =>
          `The guardian of ${member.fullName} has already been emailed ${limit} times this hour. Ask them to check their spam folder, or try again in ${Math.max(1, Math.ceil(sec / 60))} minutes.`,
      );
      const text = await this.mail.textFor(actor.userId, language);
      await upsertConsent(m, entryId, memberId, 'guardian', {
        status: 'requested',
        method: 'email_link',
        tokenHash: hash,
        tokenExpiresAt: expiresAt,
        guardianEmail: email,
        emailLanguage: text.locale,
        linkSentAt: now,
        givenAt: null,
        givenByName: null,
        guardianRelationship: null,
        textVersion: null,
        textLanguage: null,
        textId: null,
        refusedAt: null,
        withdrawnAt: null,
        rejectionReason: null,
      });
      const before = existing?.guardianEmail ? { to: maskEmail(existing.guardianEmail), status: existing.status } : null;
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'consent.guardian_link_sent',
          subjectType: 'entry',
          subjectId: entryId,
          before,
          after: {
            memberId,
            to: maskEmail(email),
            language: text.locale,
            addressChanged: Boolean(existing?.guardianEmail && existing.guardianEmail !== email),
          },
        },
        m,
      );
      return { member, entry, competition, email, text };
    });
    // the page opens in the language of the email: the guardian reads the consent text in it when it is approved
    const link = `${this.config.publicUrl}/consent/${token}?lng=${encodeURIComponent(text.locale)}`;
    const competitionName = competition.name[text.locale] || competition.name.en || text.t('guardianConsent.competitionFallback');
    await this.mail.send({
      to: email,
      kind: 'guardian-consent',
      subject: text.t('guardianConsent.subject', { name: member.fullName, title: entry.title }),
      text: text.compose(null, [
        text.t('guardianConsent.intro', { name: member.fullName, competition: competitionName, title: entry.title }),
        text.t('guardianConsent.ask'),
        '',
        link,
        '',
        text.t('guardianConsent.choices'),
        text.t('guardianConsent.expires', { date: text.dateTime(expiresAt) }),
      ]),
    });
  }

  /**
   * The guardian's address may not be an account that acts on the entry: its owner, whoever asks, the school's
   * teachers and students (team members with accounts), or the supervising teacher. Otherwise the team could
   * consent for the guardian.
   */
  private async refuseAccountsOnEntry(m: EntityManager, actor: Actor, entry: Entry, email: string): Promise<void> {
    const onEntry = await this.accounts.isAccountOnEntry(email, [entry.ownerId, actor.userId], entry.schoolId, m);
    if (onEntry || entry.supervisingTeacherEmail?.toLowerCase() === email)
      throw fieldRefusal(
        'guardianEmail',
        ConsentsReason.GuardianEmailOnEntry,
        {},
        'must be the guardian’s own address, not the address of an account on this entry (the team, its teachers or its school)',
      );
  }

  /**
   * What the guardian sees: the member's name, the entry's title, and the text they consent to in the language asked
   * for (the page's; else the one the team chose for the request), only when that translation is approved: otherwise
   * no text, and the languages that have one, never English in its place. No other data.
   */
  async preview(token: string, language?: string): Promise<GuardianConsentPreviewDto> {
    const { consent, member, entry, competition } = await this.byToken(this.db.manager, token);
    const asked = language ?? consent.emailLanguage ?? 'en';
    const { text, languages } = await shownText(this.db.manager, competition.id, CONSENT_DOCUMENT.guardian, asked);
    return {
      memberName: member.fullName,
      entryTitle: entry.title,
      competitionName: competition.name,
      language: asked,
      consentText: text?.body ?? null,
      textVersion: text ? labelOf(text) : null,
      textLanguage: text?.language ?? null,
      languages,
      requestedLanguage: consent.emailLanguage,
      agreedVersion: consent.textVersion,
      agreedLanguage: consent.textLanguage,
      status: consent.status as GuardianConsentPreviewDto['status'],
      givenAt: consent.givenAt?.toISOString() ?? null,
      refusedAt: consent.refusedAt?.toISOString() ?? null,
    };
  }

  /**
   * "I agree", through the link, to the approved text in the language read (English unless the page says), of the
   * version read; a guardian who declined can still agree with the same link.
   */
  async give(dto: GiveGuardianConsentDto): Promise<GuardianConsentPreviewDto> {
    const { consent, text } = await this.db.transaction(async (m) => {
      const { consent, competition } = await this.byToken(m, dto.token, true);
      if (consent.status === 'given') throw new DomainError('conflict', ConsentsReason.AlreadyGiven, 'Consent has already been given through this link.', {});
      if (consent.status === 'withdrawn')
        throw new DomainError(
          'conflict',
          ConsentsReason.Withdrawn,
          'Consent was withdrawn through this link. Ask the team for a new link to give it again.',
          {},
        );
      if (consent.tokenExpiresAt && consent.tokenExpiresAt <= this.clock.now())
        throw new DomainError('invitation_expired', ConsentsReason.LinkExpired, 'This consent link has expired. Ask the team for a new one.', {});
      const text = await agreedText(m, competition.id, CONSENT_DOCUMENT.guardian, dto.language ?? 'en', dto.textVersion);
      await m.update(
        Consent,
        { id: consent.id },
        {
          status: 'given',
          method: 'email_link',
          givenByName: dto.guardianName,
          guardianRelationship: dto.relationship,
          textVersion: labelOf(text),
          textLanguage: text.language,
          textId: text.id,
          givenAt: this.clock.now(),
        },
      );
      await this.audit.record(
        {
          actorId: null,
          action: 'consent.guardian_given',
          subjectType: 'entry',
          subjectId: consent.entryId,
          after: {
            memberId: consent.memberId,
            textVersion: labelOf(text),
            textLanguage: text.language,
            method: 'email_link',
            to: consent.guardianEmail ? maskEmail(consent.guardianEmail) : null,
          },
        },
        m,
      );
      return { consent, text };
    });
    await this.tellGuardianAnswer(consent, 'given', dto.token, dto.guardianName, text);
    return this.preview(dto.token, text.language);
  }

  /**
   * "I do not agree" to the text read (its language and version, recorded as for an agreement): recorded with its
   * time and shown to the team, who can then ask someone else or use the signed form.
   */
  async refuse(dto: RefuseGuardianConsentDto): Promise<GuardianConsentPreviewDto> {
    const token = dto.token;
    const { consent, text } = await this.db.transaction(async (m) => {
      const { consent, competition } = await this.byToken(m, token, true);
      if (consent.status === 'given')
        throw new DomainError('conflict', ConsentsReason.AlreadyGiven, 'Consent was given through this link: withdraw it instead.', {});
      if (consent.status !== 'requested')
        throw new DomainError(
          'conflict',
          ConsentsReason.NothingToDecline,
          'There is no open request to decline through this link.',
          {},
          { details: { status: consent.status } },
        );
      const text = await agreedText(m, competition.id, CONSENT_DOCUMENT.guardian, dto.language ?? 'en', dto.textVersion);
      await m.update(
        Consent,
        { id: consent.id },
        { status: 'refused', refusedAt: this.clock.now(), textVersion: labelOf(text), textLanguage: text.language, textId: text.id },
      );
      await this.audit.record(
        {
          actorId: null,
          action: 'consent.guardian_refused',
          subjectType: 'entry',
          subjectId: consent.entryId,
          after: { memberId: consent.memberId, textVersion: labelOf(text), textLanguage: text.language },
        },
        m,
      );
      return { consent, text };
    });
    await this.tellGuardianAnswer(consent, 'refused', token, null, text);
    return this.preview(token, text.language);
  }

  /** The same link withdraws the consent, at any time. */
  async withdraw(token: string, language?: string): Promise<GuardianConsentPreviewDto> {
    if (language !== undefined) knownLanguage(language);
    const consent = await this.db.transaction(async (m) => {
      const { consent } = await this.byToken(m, token, true);
      if (consent.status !== 'given') throw new DomainError('conflict', ConsentsReason.NothingToWithdraw, 'There is no given consent to withdraw.', {});
      await m.update(Consent, { id: consent.id }, { status: 'withdrawn', withdrawnAt: this.clock.now() });
      await this.audit.record(
        { actorId: null, action: 'consent.guardian_withdrawn', subjectType: 'entry', subjectId: consent.entryId, after: { memberId: consent.memberId } },
        m,
      );
      return consent;
    });
    const agreed = consent.textId ? await this.db.manager.findOne(LegalText, { where: { id: consent.textId } }) : null;
    await this.tellGuardianAnswer(consent, 'withdrawn', token, consent.givenByName, agreed);
    return this.preview(token, language);
  }

  /**
   * A guardian's answer through their link, once recorded: the team and the country's coordinators hear of it, and the
   * guardian gets a copy at the address the team gave, in the language the team chose for the request, with their page.
   */
  private async tellGuardianAnswer(
    consent: Consent,
    status: 'given' | 'refused' | 'withdrawn',
    token: string,
    name: string | null,
    text: LegalText | null,
  ): Promise<void> {
    await this.told.changed({
      entryId: consent.entryId,
      memberId: consent.memberId,
      consentKind: 'guardian',
      status,
      guardian: consent.guardianEmail
        ? {
            email: consent.guardianEmail,
            name,
            // written in the language of the text agreed to, and carrying that text
            locale: text?.language ?? consent.emailLanguage,
            path: `/consent/${encodeURIComponent(token)}${text ? `?lng=${encodeURIComponent(text.language)}` : ''}`,
            at: this.clock.now(),
            text: text ? { version: labelOf(text), language: text.language, body: text.body } : null,
          }
        : undefined,
    });
  }

  private async byToken(m: EntityManager, token: string, lock = false) {
    if (lock) await m.query('SELECT id FROM consents WHERE token_hash = $1 FOR UPDATE', [hashToken(token)]);
    const consent = await m.findOne(Consent, { where: { tokenHash: hashToken(token), kind: 'guardian' } });
    if (!consent) throw new DomainError('not_found', ConsentsReason.LinkInvalid, 'This consent link is not valid. Ask the team for a new one.', {});
    if (consent.status === 'requested' && consent.tokenExpiresAt && consent.tokenExpiresAt <= this.clock.now())
      throw new DomainError('invitation_expired', ConsentsReason.LinkExpired, 'This consent link has expired. Ask the team for a new one.', {});
    const member = await this.entries.memberOrFail(consent.memberId, m);
    const entry = await this.entries.entryOrFail(consent.entryId, m);
    const competition = await this.competitions.competitionOrFail(entry.competitionId, m);
    return { consent, member, entry, competition };
  }
}
