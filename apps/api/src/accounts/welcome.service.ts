import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MailText } from '../mail/mail-i18n.js';
import { Notifier, type NotifyOutcome } from '../notifications/notifier.service.js';
import { RoleGrant } from './role-grant.entity.js';
import { School } from './school.entity.js';

/** The role a welcome speaks to, when an account holds several: the one with the most to do first. */
const ROLE_ORDER = ['organiser', 'coordinator', 'judge', 'teacher', 'student'] as const;

/**
 * The welcome once an account's address is confirmed (a sign-up's link, a password reset that finished a sign-up, or an
 * accepted invitation, whose link was mailed to the address): what Clapper is for them by their role, in their
 * language, linking to where they start. Sent once per account, whichever way the address was confirmed.
 */
@Injectable()
export class WelcomeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifier: Notifier,
  ) {}

  async welcome(userId: string): Promise<NotifyOutcome> {
    const grants = await this.db.manager.find(RoleGrant, { where: { userId } });
    const grant = ROLE_ORDER.map((role) => grants.find((g) => g.role === role && g.status !== 'refused')).find(Boolean);
    const school = grant?.schoolId ? await this.db.manager.findOneBy(School, { id: grant.schoolId }) : null;
    const role = grant?.role ?? 'student';
    const country = grant?.countryCode ?? null;
    const path = role === 'organiser' ? '/admin' : role === 'coordinator' && country ? `/coordinate/${country}` : role === 'judge' ? '/judge' : '/me/entries';
    const competitions = this.notifier.url('/');
    return this.notifier.notify({
      kind: 'account.welcome',
      to: { userId },
      facts: {},
      path,
      onceKey: `welcome:${userId}`,
      email: (t: MailText) => ({
        subject: t.t('welcome.subject'),
        lines: [t.t('welcome.ready'), '', ...roleLines(t, role, { country, school: school?.name ?? null, pending: grant?.status === 'pending', competitions })],
      }),
    });
  }
}

function roleLines(t: MailText, role: string, o: { country: string | null; school: string | null; pending: boolean; competitions: string }): string[] {
  switch (role) {
    case 'organiser':
      return [t.t('welcome.organiser.what')];
    case 'coordinator':
      return [t.t('welcome.coordinator.what', { country: o.country ? t.country(o.country) : '' })];
    case 'judge':
      return [t.t('welcome.judge.what'), t.t('welcome.judge.next')];
    case 'teacher':
      return [
        t.t('welcome.teacher.what'),
        o.pending && o.school ? t.t('welcome.teacher.pending', { school: o.school }) : t.t('welcome.teacher.ready', { school: o.school ?? '' }),
      ];
    default:
      return [
        t.t('welcome.student.what'),
        t.t('welcome.student.how'),
        '',
        t.t('welcome.student.competitions'),
        o.competitions,
        '',
        t.t('welcome.student.entries'),
      ];
  }
}
