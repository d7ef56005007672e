import { NOTIFICATION_TOPICS } from '@clapper/domain/notifications';
import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeUser } from './harness/factories.js';
import { lastMail, mailCount } from './harness/outbox.js';
import type { User } from '../src/accounts/user.entity.js';
import { Notification } from '../src/notifications/notification.entity.js';
import { NotificationOptOut } from '../src/notifications/notification-opt-out.entity.js';
import { Notifier, type Notice } from '../src/notifications/notifier.service.js';

/**
 * The in-app notification list and the settings (issue 16 §1): a person reads and marks only their own notifications,
 * switches off the kinds of message that may be switched off, and a message's one-click unsubscribe link (RFC 8058)
 * works without a session or an Origin; a reminder is then not sent, and a message that must reach people still is.
 */
let t: TestApp;
let notifier: Notifier;
beforeAll(async () => {
  t = await createTestApp();
  notifier = t.app.get(Notifier);
});
afterAll(() => t.close());

const entry = { entryId: 'e1', entryCode: 'TH-0042', title: 'Think before you click', competition: { en: 'Test Competition', th: 'การประกวดทดสอบ' } };

const reminder = (user: User, onceKey?: string): Notice => ({
  kind: 'entry.draft_reminder',
  to: { userId: user.id },
  facts: { ...entry, closesAt: '2027-02-01T10:00:00.000Z', missing: ['no_video', 'licence_not_accepted'] },
  path: '/me/entries/e1',
  onceKey,
  email: () => ({ subject: 'Your draft is not submitted yet', lines: ['Two things are missing.'] }),
});

const receipt = (user: User): Notice => ({
  kind: 'entry.submitted',
  to: { userId: user.id },
  facts: entry,
  path: '/me/entries/e1',
  email: () => ({ subject: 'We received your entry', lines: ['Entry code TH-0042.'] }),
});

const listOf = async (client: Client, query = '') => (await client.get(`/api/notifications${query}`).expect(200)).body;

describe('the notification list', () => {
  let student: { user: User; client: Client };
  let other: { user: User; client: Client };
  beforeAll(async () => {
    student = await clientAs(t, { role: 'student', email: 'list.student@example.org' });
    other = await clientAs(t, { role: 'student', email: 'list.other@example.org' });
    for (let i = 0; i < 3; i++) {
      t.clock.set(new Date(T0.getTime() + i * 60_000));
      expect(await notifier.notify(receipt(student.user))).toBe('sent');
      // the rows' times are the database's: spaced out, so "newest first" is certain
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await notifier.notify(receipt(other.user))).toBe('sent');
  });

  it("lists one's own notifications, newest first, paged, with the unread count; the bell's count agrees", async () => {
    const page = await listOf(student.client);
    expect(page).toMatchObject({ total: 3, unread: 3 });
    expect(page.items).toHaveLength(3);
    const times = page.items.map((n: { createdAt: string }) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(page.items[0]).toMatchObject({ kind: 'entry.submitted', path: '/me/entries/e1', readAt: null, facts: entry });
    // nobody else's
    const mine = await t.db.getRepository(Notification).findBy({ userId: student.user.id });
    expect(page.items.map((n: { id: string }) => n.id).sort()).toEqual(mine.map((n) => n.id).sort());

    const second = await listOf(student.client, '?limit=2&offset=2');
    expect(second).toMatchObject({ total: 3, unread: 3 });
    expect(second.items.map((n: { id: string }) => n.id)).toEqual([page.items[2].id]);
    expect((await student.client.get('/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 3 });
  });

  it('refuses a limit or an offset out of range, naming the field', async () => {
    for (const [query, field, reason] of [
      ['?limit=0', 'limit', 'field.too_small'],
      ['?limit=201', 'limit', 'field.too_large'],
      ['?limit=ten', 'limit', 'field.not_integer'],
      ['?offset=-1', 'offset', 'field.too_small'],
    ]) {
      const res = await student.client.get(`/api/notifications${query}`).expect(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.fields.find((f: { field: string }) => f.field === field)?.problems.map((p: { reason: string }) => p.reason)).toContain(reason);
    }
  });

  it("marks one's own notifications read; another person's id is a 404 and marks nothing", async () => {
    const [first, second] = (await listOf(student.client)).items as { id: string }[];
    const theirs = (await listOf(other.client)).items[0].id as string;

    // another person's notification, alone or among one's own: 404, and nothing changes for either person
    for (const ids of [[theirs], [first.id, theirs]]) {
      const res = await student.client.post('/api/notifications/read').send({ ids }).expect(404);
      expect(res.body).toMatchObject({ code: 'not_found', reason: 'notifications.not_found', params: {} });
    }
    // an id that is nobody's
    await student.client
      .post('/api/notifications/read')
      .send({ ids: ['00000000-0000-4000-8000-000000000000'] })
      .expect(404);
    expect((await listOf(student.client)).unread).toBe(3);
    expect((await listOf(other.client)).unread).toBe(1);

    expect(
      (
        await student.client
          .post('/api/notifications/read')
          .send({ ids: [first.id] })
          .expect(200)
      ).body,
    ).toEqual({ unread: 2 });
    const read = (await listOf(student.client)).items.find((n: { id: string }) => n.id === first.id);
    expect(read.readAt).toBe(t.clock.now().toISOString());
    // marking it again keeps the time it was first read
    t.clock.set(new Date(T0.getTime() + 3_600_000));
    await student.client
      .post('/api/notifications/read')
      .send({ ids: [first.id, second.id] })
      .expect(200);
    const again = (await listOf(student.client)).items.find((n: { id: string }) => n.id === first.id);
    expect(again.readAt).toBe(read.readAt);

    expect((await student.client.post('/api/notifications/read').send({ all: true }).expect(200)).body).toEqual({ unread: 0 });
    expect((await student.client.get('/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 0 });
    // the other person's stays unread
    expect((await other.client.get('/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 1 });
  });

  it('refuses a request to mark read that names neither ids nor all, or both, or ids that are not ids', async () => {
    const own = (await listOf(student.client)).items[0].id;
    for (const body of [{}, { ids: [own], all: true }]) {
      const res = await student.client.post('/api/notifications/read').send(body).expect(400);
      expect(res.body).toMatchObject({ code: 'bad_request', reason: 'notifications.ids_or_all', params: {} });
    }
    const bad = await student.client
      .post('/api/notifications/read')
      .send({ ids: ['not-an-id'] })
      .expect(400);
    expect(bad.body.fields[0]).toMatchObject({ field: 'ids', problems: [{ reason: 'field.not_uuid' }] });
    const empty = await student.client.post('/api/notifications/read').send({ ids: [] }).expect(400);
    expect(empty.body.fields[0]).toMatchObject({ field: 'ids', problems: [{ reason: 'field.too_few', params: { min: 1 } }] });
    await student.client.post('/api/notifications/read').send({ all: false }).expect(400);
  });

  it('is for signed-in people only', async () => {
    await t.anon.get('/api/notifications').expect(401);
    await t.anon.get('/api/notifications/unread-count').expect(401);
    await t.anon.post('/api/notifications/read').send({ all: true }).expect(401);
  });
});

describe('the settings', () => {
  it('offers each person the topics that apply to their roles, each on until switched off, and the messages that cannot be', async () => {
    const student = await clientAs(t, { role: 'student' });
    const judge = await clientAs(t, { role: 'judge', countryCode: 'JP' });
    const coordinator = await clientAs(t, { role: 'coordinator' });
    const organiser = await clientAs(t, { role: 'organiser', countryCode: null });

    const of = async (c: Client) => (await c.get('/api/notifications/preferences').expect(200)).body;
    const s = await of(student.client);
    expect(s.topics).toEqual([{ topic: 'draft_reminders', enabled: true }]);
    expect(s.essential).toEqual(
      expect.arrayContaining(['account.welcome', 'entry.submitted', 'entry.screened', 'entry.consent_changed', 'entry.results_published']),
    );
    expect(s.essential.filter((k: string) => !k.startsWith('account.') && !k.startsWith('entry.'))).toEqual([]);
    expect(s.essential).not.toContain('entry.draft_reminder');

    expect((await of(judge.client)).topics).toEqual([{ topic: 'judging_reminders', enabled: true }]);
    expect((await of(judge.client)).essential).toEqual(expect.arrayContaining(['judge.assignment_ready', 'judge.round_closed']));
    expect((await of(coordinator.client)).topics).toEqual([{ topic: 'country_digest', enabled: true }]);
    expect((await of(organiser.client)).topics.map((p: { topic: string }) => p.topic)).toEqual([...NOTIFICATION_TOPICS]);
  });

  it('switches a topic off and on again; the Notifier follows the setting', async () => {
    const { user, client } = await clientAs(t, { role: 'student', email: 'settings.student@example.org' });
    const off = await client
      .put('/api/notifications/preferences')
      .send({ topics: [{ topic: 'draft_reminders', enabled: false }] })
      .expect(200);
    expect(off.body.topics).toEqual([{ topic: 'draft_reminders', enabled: false }]);
    expect((await client.get('/api/notifications/preferences').expect(200)).body.topics).toEqual([{ topic: 'draft_reminders', enabled: false }]);
    // switching off twice is the same as once
    await client
      .put('/api/notifications/preferences')
      .send({ topics: [{ topic: 'draft_reminders', enabled: false }] })
      .expect(200);
    expect(await t.db.getRepository(NotificationOptOut).countBy({ userId: user.id })).toBe(1);
    expect(await notifier.notify(reminder(user))).toBe('switched_off');

    const on = await client
      .put('/api/notifications/preferences')
      .send({ topics: [{ topic: 'draft_reminders', enabled: true }] })
      .expect(200);
    expect(on.body.topics).toEqual([{ topic: 'draft_reminders', enabled: true }]);
    expect(await notifier.notify(reminder(user))).toBe('sent');
    expect(await mailCount(t, 'settings.student@example.org', 'entry.draft_reminder')).toBe(1);
  });

  it('refuses an unknown topic naming the allowed ones, and a topic that is not the person’s naming theirs; nothing changes', async () => {
    const { user, client } = await clientAs(t, { role: 'student' });
    const unknown = await client
      .put('/api/notifications/preferences')
      .send({ topics: [{ topic: 'newsletter', enabled: false }] })
      .expect(400);
    expect(unknown.body.fields).toEqual([
      expect.objectContaining({ field: 'topics.0.topic', problems: [{ reason: 'field.not_one_of', params: { allowed: [...NOTIFICATION_TOPICS] } }] }),
    ]);
    const notTheirs = await client
      .put('/api/notifications/preferences')
      .send({
        topics: [
          { topic: 'draft_reminders', enabled: false },
          { topic: 'judging_reminders', enabled: false },
        ],
      })
      .expect(400);
    expect(notTheirs.body.fields).toEqual([
      expect.objectContaining({
        field: 'topics.1.topic',
        problems: [{ reason: 'notifications.topic_not_applicable', params: { topic: 'judging_reminders', allowed: ['draft_reminders'] } }],
      }),
    ]);
    for (const body of [{ topics: [{ topic: 'draft_reminders' }] }, { topics: [{ topic: 'draft_reminders', enabled: 'no' }] }, { topics: 'all' }, {}]) {
      const res = await client.put('/api/notifications/preferences').send(body).expect(400);
      expect(res.body.code).toBe('validation_failed');
    }
    expect(await t.db.getRepository(NotificationOptOut).countBy({ userId: user.id })).toBe(0);
  });
});

describe('the one-click unsubscribe link', () => {
  /** the token of the List-Unsubscribe address of the newest reminder to this address */
  async function linkOf(email: string): Promise<{ token: string; path: string }> {
    const message = await lastMail(t, email, 'entry.draft_reminder');
    const match = /^<http:\/\/localhost:3000(\/api\/notifications\/unsubscribe\/([A-Za-z0-9_-]+))>$/.exec(message.headers!['List-Unsubscribe']);
    expect(match).not.toBeNull();
    // the same token is in the page link of the text
    expect(message.text).toContain(`${t.config.publicUrl}/unsubscribe/${match![2]}`);
    return { path: match![1], token: match![2] };
  }

  it('stops the reminders when a mail provider posts it without a session and without an Origin; a receipt is still sent', async () => {
    const student = await makeUser(t, { role: 'student', email: 'oneclick.student@example.org', displayName: 'Nid Oneclick' });
    expect(await notifier.notify(reminder(student, 'draft:oneclick:7d'))).toBe('sent');
    const { path } = await linkOf(student.email);

    const provider = t.anon.withOrigin(null);
    const res = await provider.post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(res.body).toEqual({ topic: 'draft_reminders', stopped: true });
    expect(res.headers['ratelimit-limit']).toBe('120');
    // idempotent
    expect((await provider.post(path).type('form').send('List-Unsubscribe=One-Click').expect(200)).body).toEqual({ topic: 'draft_reminders', stopped: true });
    expect(await t.db.getRepository(NotificationOptOut).findBy({ userId: student.id })).toMatchObject([{ topic: 'draft_reminders' }]);

    // the next reminder is not sent; a message that must reach people is
    expect(await notifier.notify(reminder(student, 'draft:oneclick:2d'))).toBe('switched_off');
    expect(await mailCount(t, student.email, 'entry.draft_reminder')).toBe(1);
    expect(await notifier.notify(receipt(student))).toBe('sent');
    expect(await mailCount(t, student.email, 'entry.submitted')).toBe(1);
  });

  it('lets exactly this POST through the origin check: with a session and no Origin, or from another site; other POSTs are refused', async () => {
    const { user, client } = await clientAs(t, { role: 'student', email: 'oneclick.browser@example.org' });
    expect(await notifier.notify(reminder(user))).toBe('sent');
    const { path } = await linkOf(user.email);
    await client.withOrigin(null).post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    await t.anon.withOrigin('https://mail.example.com').post(path).set('Sec-Fetch-Site', 'cross-site').expect(200);
    // the rest of the API still wants our Origin from a browser with a session
    const refused = await client.withOrigin(null).post('/api/notifications/read').send({ all: true }).expect(403);
    expect(refused.body.reason).toBe('common.csrf_origin');
    const elsewhere = await client.withOrigin('https://mail.example.com').put('/api/notifications/preferences').send({ topics: [] }).expect(403);
    expect(elsewhere.body.reason).toBe('common.csrf_origin');
  });

  it('tells the page what the link stops, never whose address it is, and stops nothing on GET', async () => {
    const student = await makeUser(t, { role: 'student', email: 'peek.student@example.org', displayName: 'Malee Peek' });
    expect(await notifier.notify(reminder(student))).toBe('sent');
    const { path } = await linkOf(student.email);
    const res = await t.anon.get(path).expect(200);
    expect(res.body).toEqual({ topic: 'draft_reminders', stopped: false });
    expect(res.text).not.toContain('peek.student');
    expect(res.text).not.toContain('Malee');
    expect(await t.db.getRepository(NotificationOptOut).countBy({ userId: student.id })).toBe(0);
    // confirmed from the page (our Origin, no session): stopped, and the page says so when opened again
    await t.anon.post(path).expect(200);
    expect((await t.anon.get(path).expect(200)).body).toEqual({ topic: 'draft_reminders', stopped: true });
  });

  it('answers 404 with a typed reason to a link we never sent', async () => {
    for (const token of ['nope', 'A'.repeat(43), 'x'.repeat(300)]) {
      const get = await t.anon.get(`/api/notifications/unsubscribe/${token}`).expect(404);
      expect(get.body).toMatchObject({ code: 'not_found', reason: 'notifications.link_not_found', params: {} });
      const post = await t.anon.withOrigin(null).post(`/api/notifications/unsubscribe/${token}`).type('form').send('List-Unsubscribe=One-Click').expect(404);
      expect(post.body.reason).toBe('notifications.link_not_found');
    }
  });
});
