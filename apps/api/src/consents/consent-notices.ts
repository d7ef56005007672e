import { Inject, Injectable } from '@nestjs/common';
import { EntriesQueries } from '../entries/entries.queries.js';
import { consentChangedMail, guardianCopyMail } from '../entries/team-mails.js';
import { TeamNotices } from '../entries/team-notices.js';
import { LOGGER, type Logger } from '../logging/logger.js';

type ConsentKind = 'participant' | 'guardian';
type ConsentStatus = 'given' | 'refused' | 'withdrawn';

/**
 * Who hears of a consent given, refused or withdrawn: the team (entry.consent_changed), the coordinators of the
 * entry's country (coordinator.consent_changed) and, for a guardian's own answer, the guardian (a copy of what they
 * agreed to, declined or withdrew, with the text itself, in the language of that text). Called once the change has committed; a failure
 * to tell is logged, and the consent stands.
 */
@Injectable()
export class ConsentNotices {
  constructor(
    private readonly notices: TeamNotices,
    private readonly entries: EntriesQueries,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async changed(o: {
    entryId: string;
    memberId: string;
    consentKind: ConsentKind;
    status: ConsentStatus;
    /** the account that recorded it (a coordinator verifying a form is not told of their own act) */
    actorId?: string | null;
    /** the guardian's copy: their address, name and the language of the request, the page of their link, and when */
    guardian?: {
      email: string;
      name: string | null;
      locale: string | null;
      path: string;
      at: Date;
      /** the text agreed to (or declined, or withdrawn): its version, language and words, copied into the email */
      text: { version: string; language: string; body: string } | null;
    };
  }): Promise<void> {
    try {
      const entry = await this.entries.entryOrFail(o.entryId);
      const member = await this.entries.memberOrFail(o.memberId);
      const facts = { consentKind: o.consentKind, status: o.status };
      const change = `${o.consentKind}_${o.status}` as const;
      await this.notices.tellTeam(entry, 'entry.consent_changed', facts, consentChangedMail(change, member.fullName));
      await this.notices.tellCoordinators(entry, facts, consentChangedMail(change, member.fullName, true), { except: o.actorId ?? null });
      if (o.guardian)
        await this.notices.tellAddress(
          entry,
          { email: o.guardian.email, name: o.guardian.name, locale: o.guardian.locale },
          'entry.consent_changed',
          facts,
          guardianCopyMail(o.status, member.fullName, o.guardian.at, o.guardian.text),
          o.guardian.path,
        );
    } catch (err) {
      this.logger.warn(
        { entryId: o.entryId, consentKind: o.consentKind, status: o.status, err: { message: (err as Error).message } },
        'could not tell of a consent',
      );
    }
  }
}
