import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isMinor } from '@clapper/domain/age';
import { CONSENT_TEXT_VERSION, GUARDIAN_CONSENT_TEXT } from '@clapper/domain/licence';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { Clock } from '../clock/clock.js';
import { DomainError, forbidden, notFound } from '../common/domain-error.js';
import { Competition } from '../competitions/competition.entity.js';
import { EntryAccess } from '../entries/entry-access.service.js';
import { Entry } from '../entries/entry.entity.js';
import { TeamMember } from '../entries/team-member.entity.js';
import { MailService } from '../mail/mail.service.js';
import { Consent } from './consent.entity.js';
import { StoragePort } from '../storage/storage.port.js';
import { receiveOneFile, S3StorageEngine } from '../videos/s3-storage-engine.js';
import type { GiveGuardianConsentDto, GuardianConsentPreviewDto, GuardianLinkResultDto, VerifyConsentDto } from './dto/consent.dto.js';

const LINK_DAYS = 30;
const FORM_MAX_BYTES = 10 * 1024 * 1024;

/** The consent ledger: participants' consents recorded by their team, guardians' by single-use link or verified form. */
@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: EntryAccess,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly storage: StoragePort,
  ) {}

  /** The team records that a member agreed to take part and to be shown (the current consent text). */
  async recordParticipant(actor: Actor, entryId: string, memberId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.access.editDraft(actor, entryId, m);
      const member = await this.member(m, entryId, memberId);
      await this.upsert(m, entryId, member.id, 'participant', {
        status: 'given',
        method: 'account',
        textVersion: CONSENT_TEXT_VERSION,
        givenByUserId: actor.userId,
        givenByName: member.fullName,
        givenAt: this.clock.now(),
        withdrawnAt: null,
      });
      await this.audit.record({ actorId: actor.userId, action: 'consent.participant_given', subjectType: 'entry', subjectId: entryId, after: { memberId, textVersion: CONSENT_TEXT_VERSION } }, m);
    });
  }

  /** A participant's consent can be withdrawn at any time, also after submission. */
  async withdrawParticipant(actor: Actor, entryId: string, memberId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const { relation } = await this.access.view(actor, entryId, m);
      if (relation === 'coordinator') throw forbidden('Only the team or an organiser records consents.');
      await this.member(m, entryId, memberId);
      const result = await m.update(Consent, { entryId, memberId, kind: 'participant', status: 'given' }, { status: 'withdrawn', withdrawnAt: this.clock.now() });
      if (!result.affected) throw new DomainError('conflict', 'There is no given consent to withdraw for this member.');
      await this.audit.record({ actorId: actor.userId, action: 'consent.participant_withdrawn', subjectType: 'entry', subjectId: entryId, after: { memberId } }, m);
    });
  }

  /** Creates (or renews) a minor's guardian link; emails it when an address is given, and returns it to show. */
  async guardianLink(actor: Actor, entryId: string, memberId: string, guardianEmail?: string, language?: string): Promise<GuardianLinkResultDto> {
    const { token, hash } = newToken();
    const expiresAt = new Date(this.clock.now().getTime() + LINK_DAYS * 24 * 3600_000);
    const { member, entry, competition } = await this.db.transaction(async (m) => {
      const { entry } = await this.access.editDraft(actor, entryId, m);
      const member = await this.member(m, entryId, memberId);
      const competition = await m.findOneByOrFail(Competition, { id: entry.competitionId });
      if (!isMinor(member.dateOfBirth, competition.referenceDate))
        throw new DomainError('rule_violation', `${member.fullName} is 18 or older on the reference date and gives their own consent; no guardian is needed.`);
      const existing = await m.findOne(Consent, { where: { memberId, kind: 'guardian' } });
      if (existing?.status === 'given') throw new DomainError('conflict', 'The guardian has already given consent for this member.');
      await this.upsert(m, entryId, memberId, 'guardian', {
        status: 'requested',
        method: null,
        tokenHash: hash,
        tokenExpiresAt: expiresAt,
        guardianEmail: guardianEmail?.toLowerCase() ?? null,
        givenAt: null,
        givenByName: null,
        withdrawnAt: null,
        rejectionReason: null,
      });
      await this.audit.record({ actorId: actor.userId, action: 'consent.guardian_link_created', subjectType: 'entry', subjectId: entryId, after: { memberId, emailed: Boolean(guardianEmail) } }, m);
      return { member, entry, competition };
    });
    const link = `${this.config.publicUrl}/consent/${token}`;
    if (guardianEmail) {
      // in the language the team chose for this guardian, else the language of the member who asked
      const text = await this.mail.textFor(actor.userId, language);
      const competitionName = competition.name[text.locale] || competition.name.en || text.t('guardianConsent.competitionFallback');
      await this.mail.send({
        to: guardianEmail.toLowerCase(),
        kind: 'guardian-consent',
        subject: text.t('guardianConsent.subject', { name: member.fullName, title: entry.title }),
        text: text.compose(null, [
          text.t('guardianConsent.intro', { name: member.fullName, competition: competitionName, title: entry.title }),
          text.t('guardianConsent.ask'),
          '',
          link,
          '',
          text.t('guardianConsent.expires', { date: text.dateTime(expiresAt) }),
        ]),
      });
    }
    return { link, expiresAt: expiresAt.toISOString(), emailed: Boolean(guardianEmail) };
  }

  /** What the guardian sees: the member's name, the entry's title, and the text they consent to. No other data. */
  async preview(token: string): Promise<GuardianConsentPreviewDto> {
    const { consent, member, entry, competition } = await this.byToken(this.db.manager, token);
    return {
      memberName: member.fullName,
      entryTitle: entry.title,
      competitionName: competition.name,
      consentText: GUARDIAN_CONSENT_TEXT,
      textVersion: CONSENT_TEXT_VERSION,
      status: consent.status,
      givenAt: consent.givenAt?.toISOString() ?? null,
    };
  }

  async give(dto: GiveGuardianConsentDto): Promise<GuardianConsentPreviewDto> {
    await this.db.transaction(async (m) => {
      const { consent } = await this.byToken(m, dto.token, true);
      if (consent.status === 'given') throw new DomainError('conflict', 'Consent has already been given through this link.');
      if (consent.status === 'withdrawn') throw new DomainError('conflict', 'Consent was withdrawn through this link. Ask the team for a new link to give it again.');
      await m.update(Consent, { id: consent.id }, {
        status: 'given',
        method: 'link',
        givenByName: dto.guardianName,
        guardianRelationship: dto.relationship,
        textVersion: CONSENT_TEXT_VERSION,
        givenAt: this.clock.now(),
      });
      await this.audit.record({ actorId: null, action: 'consent.guardian_given', subjectType: 'entry', subjectId: consent.entryId, after: { memberId: consent.memberId, textVersion: CONSENT_TEXT_VERSION, method: 'link' } }, m);
    });
    return this.preview(dto.token);
  }

  /** The same link withdraws the consent, at any time. */
  async withdraw(token: string): Promise<GuardianConsentPreviewDto> {
    await this.db.transaction(async (m) => {
      const { consent } = await this.byToken(m, token, true);
      if (consent.status !== 'given') throw new DomainError('conflict', 'There is no given consent to withdraw.');
      await m.update(Consent, { id: consent.id }, { status: 'withdrawn', withdrawnAt: this.clock.now() });
      await this.audit.record({ actorId: null, action: 'consent.guardian_withdrawn', subjectType: 'entry', subjectId: consent.entryId, after: { memberId: consent.memberId } }, m);
    });
    return this.preview(token);
  }

  /**
   * The alternative to the link: a signed consent form (PDF or photo), streamed to storage and then waiting for the
   * country's coordinator to verify it. The file's kind is checked from its bytes, not its name.
   */
  async uploadGuardianForm(actor: Actor, entryId: string, memberId: string, req: Request, res: unknown): Promise<void> {
    const member = await this.db.transaction(async (m) => {
      const { entry } = await this.access.editDraft(actor, entryId, m);
      const member = await this.member(m, entryId, memberId);
      const competition = await m.findOneByOrFail(Competition, { id: entry.competitionId });
      if (!isMinor(member.dateOfBirth, competition.referenceDate))
        throw new DomainError('rule_violation', `${member.fullName} is 18 or older on the reference date and gives their own consent; no guardian form is needed.`);
      return member;
    });
    const key = `entries/${entryId}/consents/${member.id}-${randomUUID()}`;
    const engine = new S3StorageEngine({
      storage: this.storage,
      key,
      contentType: 'application/octet-stream',
      maxBytes: FORM_MAX_BYTES,
      accept: ['pdf', 'png', 'jpeg'],
      refuse: () => new DomainError('unsupported_media_type', 'Upload the signed form as a PDF, or a photo or scan in JPEG or PNG.'),
      tooLarge: () => new DomainError('payload_too_large', 'The form is larger than 10 MB. Scan it at a lower resolution or as a PDF.'),
    });
    const stored = await receiveOneFile(req, res, 'file', engine, FORM_MAX_BYTES);
    try {
      const previousKey = await this.db.transaction(async (m) => {
        await this.access.editDraft(actor, entryId, m);
        const existing = await m.findOne(Consent, { where: { memberId, kind: 'guardian' } });
        if (existing?.status === 'given') throw new DomainError('conflict', 'The guardian has already given consent for this member.');
        await this.upsert(m, entryId, memberId, 'guardian', {
          status: 'pending_verification',
          method: 'form',
          formObjectKey: stored.key,
          tokenHash: null,
          tokenExpiresAt: null,
          givenAt: null,
          rejectionReason: null,
          verifiedAt: null,
          verifiedBy: null,
          textVersion: CONSENT_TEXT_VERSION,
        });
        await this.audit.record({ actorId: actor.userId, action: 'consent.form_uploaded', subjectType: 'entry', subjectId: entryId, after: { memberId, sizeBytes: stored.size, sha256: stored.sha256 } }, m);
        return existing?.formObjectKey ?? null;
      });
      if (previousKey) await this.storage.delete(previousKey).catch(() => undefined);
    } catch (err) {
      await this.storage.delete(stored.key).catch(() => undefined);
      throw err;
    }
  }

  /** A short-lived link to the signed form, for the team and whoever verifies it. */
  async formUrl(actor: Actor, entryId: string, consentId: string): Promise<{ url: string; expiresAt: string }> {
    await this.access.view(actor, entryId);
    const consent = await this.db.getRepository(Consent).findOne({ where: { id: consentId, entryId } });
    if (!consent?.formObjectKey) throw notFound('The consent form');
    const expiresInSeconds = 300;
    return { url: await this.storage.presignGet(consent.formObjectKey, { expiresInSeconds }), expiresAt: new Date(this.clock.now().getTime() + expiresInSeconds * 1000).toISOString() };
  }

  /** Coordinators of the entry's country (or organisers) accept or reject an uploaded signed form. */
  async verify(actor: Actor, entryId: string, consentId: string, dto: VerifyConsentDto): Promise<void> {
    await this.db.transaction(async (m) => {
      const { relation } = await this.access.view(actor, entryId, m);
      if (relation !== 'coordinator' && relation !== 'organiser') throw forbidden('Coordinators of the entry’s country verify consent forms.');
      const consent = await m.findOne(Consent, { where: { id: consentId, entryId } });
      if (!consent) throw notFound('The consent');
      if (consent.status !== 'pending_verification') throw new DomainError('conflict', 'This consent has no form waiting for verification.');
      if (dto.decision === 'reject' && !dto.reason)
        throw new DomainError('validation_failed', 'Please correct: reason.', [{ field: 'reason', messages: ['tell the team why the form is rejected'] }]);
      const now = this.clock.now();
      await m.update(Consent, { id: consentId }, dto.decision === 'accept'
        ? { status: 'given', verifiedBy: actor.userId, verifiedAt: now, givenAt: now, rejectionReason: null }
        : { status: 'rejected', verifiedBy: actor.userId, verifiedAt: now, rejectionReason: dto.reason! });
      await this.audit.record({ actorId: actor.userId, action: `consent.form_${dto.decision}ed`, subjectType: 'entry', subjectId: entryId, after: { consentId, reason: dto.reason ?? null } }, m);
    });
  }

  private async member(m: EntityManager, entryId: string, memberId: string): Promise<TeamMember> {
    const member = await m.findOne(TeamMember, { where: { id: memberId, entryId } });
    if (!member) throw notFound('The team member');
    return member;
  }

  private async upsert(m: EntityManager, entryId: string, memberId: string, kind: 'participant' | 'guardian', values: Partial<Consent>): Promise<void> {
    const existing = await m.findOne(Consent, { where: { memberId, kind } });
    if (existing) await m.update(Consent, { id: existing.id }, values);
    else await m.insert(Consent, { entryId, memberId, kind, ...values });
  }

  private async byToken(m: EntityManager, token: string, lock = false) {
    if (lock) await m.query('SELECT id FROM consents WHERE token_hash = $1 FOR UPDATE', [hashToken(token)]);
    const consent = await m.findOne(Consent, { where: { tokenHash: hashToken(token), kind: 'guardian' } });
    if (!consent) throw new DomainError('not_found', 'This consent link is not valid. Ask the team for a new one.');
    if (consent.status === 'requested' && consent.tokenExpiresAt && consent.tokenExpiresAt <= this.clock.now())
      throw new DomainError('invitation_expired', 'This consent link has expired. Ask the team for a new one.');
    const member = await m.findOneByOrFail(TeamMember, { id: consent.memberId });
    const entry = await m.findOneByOrFail(Entry, { id: consent.entryId });
    const competition = await m.findOneByOrFail(Competition, { id: entry.competitionId });
    return { consent, member, entry, competition };
  }
}
