import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isMinor } from '@clapper/domain/age';
import { ConsentsReason, EntriesReason, FieldReason, Thing } from '@clapper/domain/refusals';
import { CONSENT_TEXT_VERSION } from '@clapper/domain/licence';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { DomainError, fieldRefusal, forbidden, notFound } from '../common/domain-error.js';
import { CompetitionsQueries } from '../competitions/competitions.queries.js';
import { EntryAccess } from '../entries/entry-access.service.js';
import { EntriesQueries, type Entry } from '../entries/entries.queries.js';
import { StoragePort } from '../storage/storage.port.js';
import { streamToStorage, type IncomingFile } from '../videos/stream-to-storage.js';
import { Consent } from './consent.entity.js';
import { ConsentNotices } from './consent-notices.js';
import { findMember, upsertConsent } from './consent-ledger.js';
import type { VerifyConsentDto } from './dto/consent.dto.js';

const FORM_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Guardians' signed consent forms, the alternative to the emailed link: the coordinator may require one, the team
 * uploads it, and the coordinator of the entry's country (or an organiser) verifies it.
 */
@Injectable()
export class ConsentFormsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: EntryAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly storage: StoragePort,
    private readonly entries: EntriesQueries,
    private readonly competitions: CompetitionsQueries,
    private readonly told: ConsentNotices,
  ) {}

  /**
   * A coordinator of the entry's country (or an organiser) asks for a signed form instead of the email link: any
   * link stops working, a consent given through one no longer counts, and the team can only upload a signed form for
   * this member (also after submission), which the coordinator then verifies.
   */
  async requireSignedForm(actor: Actor, entryId: string, memberId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.entries.lockEntry(entryId, m);
      const { entry, relation } = await this.access.view(actor, entryId, m);
      if (relation !== 'coordinator' && relation !== 'organiser') throw forbidden('Coordinators of the entry’s country ask for signed forms.');
      const member = await findMember(this.entries, m, entryId, memberId);
      const competition = await this.competitions.competitionOrFail(entry.competitionId, m);
      if (!isMinor(member.dateOfBirth, competition.referenceDate))
        throw new DomainError(
          'rule_violation',
          ConsentsReason.NotAMinor,
          `${member.fullName} is 18 or older on the reference date; no guardian consent is needed.`,
          { name: member.fullName },
        );
      const existing = await m.findOne(Consent, { where: { memberId, kind: 'guardian' } });
      if (existing?.formRequiredAt) return;
      if (existing?.status === 'given' && existing.method === 'signed_form')
        throw new DomainError('conflict', ConsentsReason.FormAlreadyVerified, 'A signed form for this member has already been verified.', {});
      const now = this.clock.now();
      const formRoute = existing?.status === 'pending_verification' || existing?.status === 'rejected';
      await upsertConsent(m, entryId, memberId, 'guardian', {
        formRequiredAt: now,
        formRequiredBy: actor.userId,
        tokenHash: null,
        tokenExpiresAt: null,
        ...(formRoute
          ? {}
          : { status: 'form_required' as const, method: 'signed_form' as const, givenAt: null, givenByName: null, guardianRelationship: null }),
      });
      await this.audit.record(
        {
          actorId: actor.userId,
          action: 'consent.signed_form_required',
          subjectType: 'entry',
          subjectId: entryId,
          before: existing ? { status: existing.status, method: existing.method, givenAt: existing.givenAt?.toISOString() ?? null } : null,
          after: { memberId, status: formRoute ? existing.status : 'form_required' },
        },
        m,
      );
    });
  }

  /**
   * The alternative to the link: a signed consent form (PDF or photo), streamed to storage and then waiting for the
   * country's coordinator to verify it. The file's kind is checked from its bytes, not its name.
   */
  async uploadGuardianForm(actor: Actor, entryId: string, memberId: string, file: IncomingFile): Promise<void> {
    const member = await this.db.transaction(async (m) => {
      const { entry } = await this.formUploadAccess(actor, entryId, memberId, m);
      const member = await findMember(this.entries, m, entryId, memberId);
      const competition = await this.competitions.competitionOrFail(entry.competitionId, m);
      if (!isMinor(member.dateOfBirth, competition.referenceDate))
        throw new DomainError(
          'rule_violation',
          ConsentsReason.NotAMinor,
          `${member.fullName} is 18 or older on the reference date and gives their own consent; no guardian form is needed.`,
          { name: member.fullName },
        );
      return member;
    });
    const key = `entries/${entryId}/consents/${member.id}-${randomUUID()}`;
    const { stream } = await file.open();
    const stored = await streamToStorage(stream, {
      storage: this.storage,
      key,
      contentType: 'application/octet-stream',
      maxBytes: FORM_MAX_BYTES,
      accept: ['pdf', 'png', 'jpeg'],
      refuse: () =>
        new DomainError('unsupported_media_type', ConsentsReason.FormWrongType, 'Upload the signed form as a PDF, or a photo or scan in JPEG or PNG.', {}),
      tooLarge: () =>
        new DomainError('payload_too_large', ConsentsReason.FormTooLarge, 'The form is larger than 10 MB. Scan it at a lower resolution or as a PDF.', {
          maxBytes: FORM_MAX_BYTES,
        }),
    });
    try {
      const previousKey = await this.db.transaction(async (m) => {
        await this.formUploadAccess(actor, entryId, memberId, m);
        const existing = await m.findOne(Consent, { where: { memberId, kind: 'guardian' } });
        if (existing?.status === 'given')
          throw new DomainError('conflict', ConsentsReason.AlreadyGiven, 'The guardian has already given consent for this member.', {});
        await upsertConsent(m, entryId, memberId, 'guardian', {
          status: 'pending_verification',
          method: 'signed_form',
          formObjectKey: stored.key,
          tokenHash: null,
          tokenExpiresAt: null,
          givenAt: null,
          rejectionReason: null,
          verifiedAt: null,
          verifiedBy: null,
          textVersion: CONSENT_TEXT_VERSION,
        });
        await this.audit.record(
          {
            actorId: actor.userId,
            action: 'consent.form_uploaded',
            subjectType: 'entry',
            subjectId: entryId,
            after: { memberId, sizeBytes: stored.size, sha256: stored.sha256 },
          },
          m,
        );
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
    if (!consent?.formObjectKey) throw notFound(Thing.ConsentForm, 'The consent form');
    const expiresInSeconds = 300;
    return {
      url: await this.storage.presignGet(consent.formObjectKey, { expiresInSeconds }),
      expiresAt: new Date(this.clock.now().getTime() + expiresInSeconds * 1000).toISOString(),
    };
  }

  /** Coordinators of the entry's country (or organisers) accept or reject an uploaded signed form. */
  async verify(actor: Actor, entryId: string, consentId: string, dto: VerifyConsentDto): Promise<void> {
    const memberId = await this.db.transaction(async (m) => {
      const { relation } = await this.access.view(actor, entryId, m);
      if (relation !== 'coordinator' && relation !== 'organiser') throw forbidden('Coordinators of the entry’s country verify consent forms.');
      const consent = await m.findOne(Consent, { where: { id: consentId, entryId } });
      if (!consent) throw notFound(Thing.Consent);
      if (consent.status !== 'pending_verification')
        throw new DomainError('conflict', ConsentsReason.NoFormWaiting, 'This consent has no form waiting for verification.', {});
      if (dto.decision === 'reject' && !dto.reason) throw fieldRefusal('reason', FieldReason.Required, {}, 'tell the team why the form is rejected');
      const now = this.clock.now();
      await m.update(
        Consent,
        { id: consentId },
        dto.decision === 'accept'
          ? { status: 'given', verifiedBy: actor.userId, verifiedAt: now, givenAt: now, rejectionReason: null }
          : { status: 'rejected', verifiedBy: actor.userId, verifiedAt: now, rejectionReason: dto.reason! },
      );
      await this.audit.record(
        {
          actorId: actor.userId,
          action: `consent.form_${dto.decision}ed`,
          subjectType: 'entry',
          subjectId: entryId,
          after: { consentId, reason: dto.reason ?? null },
        },
        m,
      );
      return consent.memberId;
    });
    // an accepted form is the guardian's consent given: the team and the country's other coordinators hear of it
    if (dto.decision === 'accept') await this.told.changed({ entryId, memberId, consentKind: 'guardian', status: 'given', actorId: actor.userId });
  }

  /**
   * The team uploads a signed form while the entry is a draft; and also once submitted when the coordinator asked for
   * a form for this member (the consent then waits for their verification).
   */
  private async formUploadAccess(actor: Actor, entryId: string, memberId: string, m: EntityManager): Promise<{ entry: Entry }> {
    const required = await m.findOne(Consent, { where: { entryId, memberId, kind: 'guardian' } });
    if (!required?.formRequiredAt) return this.access.editDraft(actor, entryId, m);
    await this.entries.lockEntry(entryId, m);
    const { entry, relation } = await this.access.view(actor, entryId, m);
    if (relation === 'coordinator') throw forbidden('Coordinators screen entries; the team uploads the signed form.');
    if (entry.status === 'withdrawn')
      throw new DomainError('conflict', EntriesReason.WithdrawnLocked, 'This entry was withdrawn and can no longer be changed.', {});
    return { entry };
  }
}
