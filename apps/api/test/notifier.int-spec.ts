import { SMTPServer } from 'smtp-server';
import { createTestApp, T0, type TestApp } from './harness/test-app.js';
import { makeUser } from './harness/factories.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { Notifier, type Notice } from '../src/notifications/notifier.service.js';
import { Notification } from '../src/notifications/notification.entity.js';
import { NotificationOptOut } from '../src/notifications/notification-opt-out.entity.js';
import { UnsubscribeLink } from '../src/notifications/unsubscribe-link.entity.js';
import { hashToken } from '../src/auth/tokens.js';
import { MailService } from '../src/mail/mail.service.js';

/**
 * The notification core (issue 16): one call writes an email with a plain-text and an HTML part in the recipient's
 * language, the same event in their in-app list, one-click unsubscribe headers on messages that can be switched off,
 * and a message with a once-only key at most once, however many callers race for it.
 */
let t: TestApp;
let notifier: Notifier;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(T0);
  notifier = t.app.get(Notifier);
});
afterAll(() => t.close());

const outbox = () => t.db.getRepository(OutboxMessage);

const facts = { entryId: 'x', entryCode: 'TH-0001', title: 'Phish & <Chips>', competition: { en: 'Test Competition' } };

/** A notice whose facts fit every kind these tests send (an entry's, plus a round's and a count) */
function notice(userId: string, o: Partial<Pick<Notice, 'kind' | 'to' | 'email' | 'onceKey'>> = {}): Notice {
  return {
    kind: 'entry.video_ready',
    to: { userId },
    facts: { ...facts, roundId: 'r', roundKind: 'national', countryCode: 'TH', left: 3, submitted: 2, closesAt: T0.toISOString(), missing: [] },
    path: '/me/entries/x',
    email: (m) => ({ subject: `${m.locale}: ready`, lines: ['Your video “Phish & <Chips>” is ready.'] }),
    ...o,
  } as Notice;
}

describe('the notifier', () => {
  it('mails the person in their language, with a plain-text and an HTML part linking to the page, and lists it in the app', async () => {
    const student = await makeUser(t, { email: 'nid@example.org', displayName: 'Nid', locale: 'th' });
    expect(await notifier.notify(notice(student.id))).toBe('sent');
    const message = await outbox().findOneByOrFail({ to: 'nid@example.org', kind: 'entry.video_ready' });
    expect(message.subject).toBe('th: ready');
    expect(message.text).toContain('Your video “Phish & <Chips>” is ready.');
    // the link back to the exact page, and the footer in Thai: this kind cannot be switched off
    expect(message.text).toContain(`${t.config.publicUrl}/me/entries/x`);
    expect(message.text).toContain('การแจ้งเตือนและการตั้งค่าของคุณ:');
    expect(message.headers).toBeNull();
    // the HTML part says the same, escaped, with the address as a link
    expect(message.html).toContain('<html lang="th">');
    expect(message.html).toContain('Your video “Phish &amp; &lt;Chips&gt;” is ready.');
    expect(message.html).toContain(`<a href="${t.config.publicUrl}/me/entries/x"`);
    expect(message.html).not.toContain('<Chips>');
    const listed = await t.db.getRepository(Notification).findBy({ userId: student.id });
    expect(listed).toMatchObject([{ kind: 'entry.video_ready', path: '/me/entries/x', facts: { entryCode: 'TH-0001' }, readAt: null }]);
  });

  it('puts a one-click unsubscribe on a message that can be switched off, and sends none once the person switched its kind off', async () => {
    const judge = await makeUser(t, { role: 'judge', email: 'kenji@example.org', displayName: 'Kenji', locale: 'ja' });
    const reminder = notice(judge.id, { kind: 'judge.reminder', email: () => ({ subject: 'reminder', lines: ['3 entries left'] }) });
    expect(await notifier.notify(reminder)).toBe('sent');
    const message = await outbox().findOneByOrFail({ to: 'kenji@example.org', kind: 'judge.reminder' });
    const oneClick = /^<(.+)\/api\/notifications\/unsubscribe\/([A-Za-z0-9_-]+)>$/.exec(message.headers!['List-Unsubscribe']);
    expect(oneClick?.[1]).toBe(t.config.publicUrl);
    expect(message.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    // the token stands for this person and this kind of message, and only its hash is kept
    const link = await t.db.getRepository(UnsubscribeLink).findOneByOrFail({ tokenHash: hashToken(oneClick![2]) });
    expect(link).toMatchObject({ userId: judge.id, topic: 'judging_reminders' });
    // the text says why the message came, and links to a page that stops it
    expect(message.text).toContain('審査期間が終わりに近づいているラウンドの審査員であるため');
    expect(message.text).toContain(`${t.config.publicUrl}/unsubscribe/`);

    await t.db.getRepository(NotificationOptOut).insert({ userId: judge.id, topic: 'judging_reminders' });
    expect(await notifier.notify(reminder)).toBe('switched_off');
    expect(await outbox().countBy({ to: 'kenji@example.org', kind: 'judge.reminder' })).toBe(1);
    // a message that must reach people still goes
    expect(await notifier.notify(notice(judge.id, { kind: 'judge.round_closed' }))).toBe('sent');
  });

  it('sends a message with a once-only key once, however many callers race for it', async () => {
    const student = await makeUser(t, { email: 'race@example.org' });
    const once = notice(student.id, { kind: 'entry.draft_reminder', onceKey: `draft:${student.id}:7d` });
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => notifier.notify(once)));
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'already_sent')).toHaveLength(5);
    expect(await outbox().countBy({ to: 'race@example.org' })).toBe(1);
    expect(await t.db.getRepository(Notification).countBy({ userId: student.id })).toBe(1);
  });

  it('mails an address without an account in the language given, with no in-app line', async () => {
    const before = await t.db.getRepository(Notification).count();
    expect(await notifier.notify(notice('', { to: { email: 'guardian@example.org', name: 'Malee', locale: 'th' } }))).toBe('sent');
    const message = await outbox().findOneByOrFail({ to: 'guardian@example.org' });
    expect(message.text).toContain('Malee');
    expect(message.text).toContain('คุณได้รับข้อความนี้เพราะเกี่ยวกับผลงานของนักเรียนในการประกวดบน Clapper');
    expect(await t.db.getRepository(Notification).count()).toBe(before);
  });
});

describe('through SMTP', () => {
  it('delivers a plain-text and an HTML alternative, with the one-click unsubscribe headers', async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let body = '';
        stream.on('data', (c: Buffer) => (body += c.toString()));
        stream.on('end', () => (received.push(body), callback()));
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const app = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as { port: number }).port}` });
    try {
      const judge = await makeUser(app, { role: 'judge', email: 'smtp.judge@example.org', locale: 'en' });
      expect(await app.app.get(Notifier).notify(notice(judge.id, { kind: 'judge.reminder' }))).toBe('sent');
      const message = await app.db.getRepository(OutboxMessage).findOneByOrFail({ to: 'smtp.judge@example.org' });
      expect(message.transport).toBe('smtp');
      // the worker's job handler, run here directly
      await app.app.get(MailService).deliver(message.id);
      expect(received).toHaveLength(1);
      // long header lines are folded (RFC 5322): unfold before reading them
      const raw = received[0].replace(/\r\n(?=[ \t])/g, '');
      expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
      expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
      expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8/i);
      expect(raw).toMatch(new RegExp(`List-Unsubscribe:\\s*${message.headers!['List-Unsubscribe'].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
      expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    } finally {
      await app.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
