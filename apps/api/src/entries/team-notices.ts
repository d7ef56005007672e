import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { NotificationFactsByKind } from '@clapper/domain/notifications';
import { AccountsQueries } from '../accounts/accounts.queries.js';
import { CompetitionsQueries, type Competition } from '../competitions/competitions.queries.js';
import type { MailText } from '../mail/mail-i18n.js';
import { Notifier, type Notice, type Recipient } from '../notifications/notifier.service.js';
import { Entry } from './entry.entity.js';
import { TeamMember } from './team-member.entity.js';

/** The kinds of message about an entry that go to its team (and, for a consent, to the guardian and the coordinators). */
export type EntryKind =
  | 'entry.submitted'
  | 'entry.video_ready'
  | 'entry.video_rejected'
  | 'entry.screened'
  | 'entry.consent_changed'
  | 'entry.promoted'
  | 'entry.results_published'
  | 'coordinator.consent_changed';

type EntryFacts = NotificationFactsByKind['entry.submitted'];
/** What a kind's facts carry beyond the entry's own (its code, title and competition). */
export type ExtraFacts<K extends EntryKind> = Omit<NotificationFactsByKind[K], keyof EntryFacts>;

/** What an email about an entry is written from. */
export interface EntryMail {
  entry: Entry;
  competition: Competition;
  /** the competition's name in the reader's language (else English) */
  competitionName: string;
  /** the team as on the entry, in order */
  members: TeamMember[];
}

export type WriteEntryMail = (t: MailText, e: EntryMail) => { subject: string; lines: string[] };

/**
 * Tells the people concerned about something that happened to an entry, through the Notifier (email in their language,
 * the in-app line): the team (the entry's owner and its supervising teacher: their account when they have one, else
 * their address in the owner's language), the coordinators of its country, or someone without an account (a
 * guardian). Call it after the change's transaction has committed.
 */
@Injectable()
export class TeamNotices {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifier: Notifier,
    private readonly accounts: AccountsQueries,
    private readonly competitions: CompetitionsQueries,
  ) {}

  /** The page of the team's entry. */
  static teamPath(entryId: string): string {
    return `/me/entries/${encodeURIComponent(entryId)}`;
  }

  /**
   * Tells the entry's team; `onceKey` (e.g. `video:<asset>:ready`) makes each person's message go at most once,
   * however often this runs. `also`: other accounts that acted on the entry for the team (a teacher who submitted it).
   * Returns how many were sent.
   */
  async tellTeam<K extends Exclude<EntryKind, 'coordinator.consent_changed'>>(
    entryOrId: Entry | string,
    kind: K,
    extra: ExtraFacts<K>,
    write: WriteEntryMail,
    o: { onceKey?: string; also?: string[] } = {},
  ): Promise<number> {
    const entry = typeof entryOrId === 'string' ? await this.db.manager.findOneByOrFail(Entry, { id: entryOrId }) : entryOrId;
    const recipients = await this.team(entry, o.also ?? []);
    return this.send(entry, kind, extra, write, recipients, TeamNotices.teamPath(entry.id), o.onceKey);
  }

  /** Tells the coordinators of the entry's country (all but `except`, the one who acted), each in their language. */
  async tellCoordinators(
    entry: Entry,
    extra: ExtraFacts<'coordinator.consent_changed'>,
    write: WriteEntryMail,
    o: { except?: string | null } = {},
  ): Promise<number> {
    const ids = (await this.accounts.coordinatorIdsOf(entry.countryCode)).filter((id) => id !== o.except);
    const path = `/coordinate/${encodeURIComponent(entry.countryCode)}/entries/${encodeURIComponent(entry.id)}`;
    return this.send(
      entry,
      'coordinator.consent_changed',
      extra,
      write,
      ids.map((id) => ({ key: id, to: { userId: id } })),
      path,
    );
  }

  /** Tells one person without an account (a guardian), in the language given, about a page they may open (their link). */
  async tellAddress<K extends Exclude<EntryKind, 'coordinator.consent_changed'>>(
    entry: Entry,
    to: { email: string; name: string | null; locale: string | null },
    kind: K,
    extra: ExtraFacts<K>,
    write: WriteEntryMail,
    path: string,
  ): Promise<number> {
    return this.send(entry, kind, extra, write, [{ key: to.email, to }], path);
  }

  /**
   * The team: the entry's owner, the accounts in `also`, and the supervising teacher named on the entry (their account
   * when one has the address, else the address itself, in the owner's language). Each person once.
   */
  private async team(entry: Entry, also: string[], m?: EntityManager): Promise<{ key: string; to: Recipient }[]> {
    const ids = [...new Set([entry.ownerId, ...also])];
    const users = await this.accounts.usersByIds(ids, m);
    const out: { key: string; to: Recipient }[] = ids.filter((id) => users.some((u) => u.id === id)).map((id) => ({ key: id, to: { userId: id } }));
    const address = entry.supervisingTeacherEmail?.trim().toLowerCase();
    if (address) {
      const teacher = await this.accounts.enabledUserByEmail(address, m);
      if (teacher) {
        if (!out.some((r) => r.key === teacher.id)) out.push({ key: teacher.id, to: { userId: teacher.id } });
      } else {
        const owner = users.find((u) => u.id === entry.ownerId);
        out.push({ key: 'teacher', to: { email: address, name: entry.supervisingTeacherName, locale: owner?.locale ?? null } });
      }
    }
    return out;
  }

  private async send<K extends EntryKind>(
    entry: Entry,
    kind: K,
    extra: ExtraFacts<K>,
    write: WriteEntryMail,
    recipients: { key: string; to: Recipient }[],
    path: string,
    onceKey?: string,
  ): Promise<number> {
    if (!recipients.length) return 0;
    const competition = await this.competitions.competitionOrFail(entry.competitionId);
    const members = await this.db.manager.find(TeamMember, { where: { entryId: entry.id }, order: { position: 'ASC' } });
    const facts = { entryId: entry.id, entryCode: entry.code, title: entry.title, competition: competition.name, ...extra };
    const notices = recipients.map(
      (r) =>
        ({
          kind,
          to: r.to,
          facts,
          path,
          ...(onceKey ? { onceKey: `${onceKey}:${r.key}` } : {}),
          email: (t: MailText) => write(t, { entry, competition, competitionName: t.localised(competition.name), members }),
        }) as Notice,
    );
    return this.notifier.notifyEach(notices);
  }
}
