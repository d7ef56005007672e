import { SMTPServer } from 'smtp-server';
import { createTestApp, T0, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, makeUser, sessionFor } from './harness/factories.js';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { Round } from '../src/judging/round.entity.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { RoleGrant } from '../src/accounts/role-grant.entity.js';
import { User } from '../src/accounts/user.entity.js';
import { MailService } from '../src/mail/mail.service.js';
import type { Client } from './harness/test-app.js';

let t: TestApp;
let organiser: Client;
beforeAll(async () => {
  t = await createTestApp();
  organiser = (await clientAs(t, { role: 'organiser', countryCode: 'JP', displayName: 'Aiko Organiser' })).client;
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

/** Reads the invitation link out of the outbox, as a person reads their mail. */
async function tokenMailedTo(email: string): Promise<string> {
  const message = await t.db.getRepository(OutboxMessage).findOneOrFail({ where: { to: email, kind: 'invitation' }, order: { createdAt: 'DESC' } });
  const match = message.text.match(/\/invite\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no invitation link in: ${message.text}`);
  return match[1];
}

describe('invitations', () => {
  it('invites a coordinator by email; the single-use link creates the account with the role', async () => {
    const created = await organiser.post('/api/invitations').send({ email: 'Mai.Coordinator@example.vn', role: 'coordinator', countryCode: 'VN' }).expect(201);
    expect(created.body).toMatchObject({ email: 'mai.coordinator@example.vn', role: 'coordinator', countryCode: 'VN', status: 'pending' });
    const message = await t.db.getRepository(OutboxMessage).findOneByOrFail({ to: 'mai.coordinator@example.vn' });
    expect(message.subject).toBe('You are invited to Clapper as a country coordinator');
    expect(message.text).toContain('Aiko Organiser invites you');
    expect(message.transport).toBe('outbox');
    const token = await tokenMailedTo('mai.coordinator@example.vn');

    const preview = await t.anon.post('/api/invitations/preview').send({ token }).expect(200);
    expect(preview.body).toMatchObject({ email: 'mai.coordinator@example.vn', role: 'coordinator', countryCode: 'VN', accountExists: false });

    const accepted = await t.anon.post('/api/invitations/accept').send({ token, displayName: 'Mai', password: 'lotus-river-lantern-51' }).expect(200);
    expect(accepted.body.roles).toEqual([expect.objectContaining({ role: 'coordinator', countryCode: 'VN' })]);
    expect(accepted.headers['set-cookie']?.[0]).toMatch(/^clapper_session=/);

    const again = await t.anon.post('/api/invitations/accept').send({ token, displayName: 'Mai', password: 'lotus-river-lantern-51' }).expect(410);
    expect(again.body).toMatchObject({ code: 'invitation_used', reason: 'accounts.invitation_used', params: {} });
    expect((await organiser.get('/api/invitations').expect(200)).body.find((i: { id: string }) => i.id === created.body.id).status).toBe('accepted');
  });

  it('refuses an expired link with 410', async () => {
    await organiser.post('/api/invitations').send({ email: 'late.judge@example.org', role: 'judge' }).expect(201);
    const token = await tokenMailedTo('late.judge@example.org');
    t.clock.advance((t.config.invitationTtlHours + 1) * 3600_000);
    const res = await t.anon.post('/api/invitations/accept').send({ token, displayName: 'Late', password: 'lotus-river-lantern-51' }).expect(410);
    expect(res.body).toMatchObject({ code: 'invitation_expired', reason: 'accounts.invitation_expired' });
    expect(Date.parse(res.body.params.expiredAt)).toBeLessThan(t.clock.now().getTime());
    expect(await t.db.getRepository(User).exists({ where: { email: 'late.judge@example.org' } })).toBe(false);
  });

  it('refuses an unknown or revoked link with 404, and a malformed one with 400', async () => {
    const inv = (await organiser.post('/api/invitations').send({ email: 'revoked@example.org', role: 'judge' }).expect(201)).body;
    const token = await tokenMailedTo('revoked@example.org');
    await organiser.delete(`/api/invitations/${inv.id}`).expect(204);
    expect((await t.anon.post('/api/invitations/preview').send({ token }).expect(404)).body).toMatchObject({
      reason: 'accounts.invitation_invalid',
      params: {},
    });
    const unknown = await t.anon
      .post('/api/invitations/preview')
      .send({ token: 'x'.repeat(43) })
      .expect(404);
    expect(unknown.body.reason).toBe('accounts.invitation_invalid');
    expect((await t.anon.post('/api/invitations/preview').send({ token: 'short' }).expect(400)).body.fields[0]).toMatchObject({
      field: 'token',
      problems: [{ reason: 'accounts.invitation_invalid', params: {} }],
    });
    // an accepted invitation cannot be revoked any more
    const used = (await organiser.post('/api/invitations').send({ email: 'kept@example.org', role: 'judge' }).expect(201)).body;
    await t.anon
      .post('/api/invitations/accept')
      .send({ token: await tokenMailedTo('kept@example.org'), displayName: 'Kept', password: 'lotus-river-lantern-51' })
      .expect(200);
    expect((await organiser.delete(`/api/invitations/${used.id}`).expect(409)).body).toMatchObject({ reason: 'accounts.invitation_accepted', params: {} });
  });

  it('asks a person who already has an account to sign in, then adds the role to it', async () => {
    const existing = await makeUser(t, { role: 'teacher', email: 'teacher.judge@example.org' });
    await organiser.post('/api/invitations').send({ email: 'teacher.judge@example.org', role: 'judge', countryCode: 'TH' }).expect(201);
    const token = await tokenMailedTo('teacher.judge@example.org');
    expect((await t.anon.post('/api/invitations/preview').send({ token }).expect(200)).body.accountExists).toBe(true);
    const anonymous = await t.anon.post('/api/invitations/accept').send({ token }).expect(401);
    expect(anonymous.body).toMatchObject({
      code: 'unauthenticated',
      reason: 'accounts.invitation_sign_in_first',
      params: { email: 'teacher.judge@example.org' },
    });
    const other = await clientAs(t, { role: 'student' });
    await other.client.post('/api/invitations/accept').send({ token }).expect(401);
    const res = await t
      .as(await sessionFor(t, existing))
      .post('/api/invitations/accept')
      .send({ token })
      .expect(200);
    expect(res.body.roles.map((r: { role: string }) => r.role).sort()).toEqual(['judge', 'teacher']);
  });

  it('requires a strong password and a name for a new account, and keeps the link usable after a refusal', async () => {
    await organiser.post('/api/invitations').send({ email: 'weak@example.org', role: 'organiser' }).expect(201);
    const token = await tokenMailedTo('weak@example.org');
    const missing = await t.anon.post('/api/invitations/accept').send({ token }).expect(400);
    expect(missing.body.fields).toEqual([
      expect.objectContaining({ field: 'displayName', problems: [{ reason: 'field.required', params: {} }] }),
      expect.objectContaining({ field: 'password', problems: [{ reason: 'field.required', params: {} }] }),
    ]);
    const weak = await t.anon.post('/api/invitations/accept').send({ token, displayName: 'W', password: 'password1234' }).expect(422);
    expect(weak.body).toMatchObject({ reason: 'accounts.weak_password', params: { problems: [{ reason: 'accounts.password_too_common', params: {} }] } });
    await t.anon.post('/api/invitations/accept').send({ token, displayName: 'W', password: 'granite-meadow-owl-88' }).expect(200);
  });

  it('lets coordinators invite judges for their own country only, and nothing else', async () => {
    const { client } = await clientAs(t, { role: 'coordinator', countryCode: 'TH' });
    await client.post('/api/invitations').send({ email: 'th.judge@example.org', role: 'judge', countryCode: 'TH' }).expect(201);
    await client.post('/api/invitations').send({ email: 'jp.judge@example.org', role: 'judge', countryCode: 'JP' }).expect(403);
    await client.post('/api/invitations').send({ email: 'boss@example.org', role: 'organiser' }).expect(403);
    const mine = (await client.get('/api/invitations').expect(200)).body;
    expect(mine.map((i: { email: string }) => i.email)).toEqual(['th.judge@example.org']);
  });

  it('validates invitations: role, email, country and unknown fields', async () => {
    const res = await organiser.post('/api/invitations').send({ email: 'nope', role: 'student', countryCode: 'thai', extra: 1 }).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['countryCode', 'email', 'extra', 'role']);
    const noCountry = await organiser.post('/api/invitations').send({ email: 'c@example.org', role: 'coordinator' }).expect(400);
    expect(noCountry.body.fields[0]).toMatchObject({ field: 'countryCode', problems: [{ reason: 'field.required', params: {} }] });
    const noSchool = await organiser.post('/api/invitations').send({ email: 'c@example.org', role: 'teacher', countryCode: 'TH' }).expect(400);
    expect(noSchool.body.fields[0]).toMatchObject({ field: 'schoolName', problems: [{ reason: 'field.required', params: {} }] });
    const school = await organiser.post('/api/invitations').send({ email: 'c@example.org', role: 'judge', schoolName: 'X School' }).expect(400);
    expect(school.body.fields[0]).toMatchObject({ field: 'schoolName', problems: [{ reason: 'field.not_accepted', params: {} }] });
    const france = await organiser.post('/api/invitations').send({ email: 'c@example.org', role: 'coordinator', countryCode: 'FR' }).expect(400);
    expect(france.body.fields[0]).toMatchObject({
      field: 'countryCode',
      problems: [{ reason: 'accounts.country_not_participating', params: { country: 'FR' } }],
    });
    await organiser.delete('/api/invitations/not-an-id').expect(400);
    await organiser.delete('/api/invitations/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('invites judges to a round its inviter runs, open, with the country a final needs', async () => {
    const competition = await makeCompetition(t);
    const round = (kind: 'national' | 'final', status: 'open' | 'closed', countryCode: string | null) =>
      t.db.getRepository(Round).save({
        competitionId: competition.id,
        kind,
        countryCode,
        status,
        opensAt: new Date('2027-01-01T00:00:00Z'),
        closesAt: new Date('2027-02-01T00:00:00Z'),
        rubric: DEFAULT_RUBRIC,
      });
    const national = await round('national', 'open', 'TH');
    const final = await round('final', 'open', null);
    const closed = await round('national', 'closed', 'VN');
    const coordinatorVN = (await clientAs(t, { role: 'coordinator', countryCode: 'VN' })).client;
    const invite = (client: Client, body: Record<string, unknown>, status: number) =>
      client
        .post('/api/invitations')
        .send({ email: 'round.judge@example.org', role: 'judge', ...body })
        .expect(status);

    expect((await invite(organiser, { role: 'teacher', roundId: national.id }, 400)).body.fields[0]).toMatchObject({
      field: 'roundId',
      problems: [{ reason: 'accounts.round_invitation_judges_only', params: {} }],
    });
    expect((await invite(coordinatorVN, { roundId: national.id, countryCode: 'VN' }, 400)).body.fields[0]).toMatchObject({
      field: 'roundId',
      problems: [{ reason: 'accounts.round_not_managed', params: {} }],
    });
    expect((await invite(organiser, { roundId: closed.id }, 409)).body).toMatchObject({ code: 'conflict', reason: 'accounts.round_closed', params: {} });
    expect((await invite(organiser, { roundId: final.id }, 400)).body.fields[0]).toMatchObject({
      field: 'countryCode',
      problems: [{ reason: 'accounts.judge_country_required', params: {} }],
    });
    expect((await invite(organiser, { roundId: national.id }, 201)).body).toMatchObject({ roundId: national.id, countryCode: 'TH' });
  });

  it("does not let one coordinator revoke another's invitation", async () => {
    const a = await clientAs(t, { role: 'coordinator', countryCode: 'TH' });
    const b = await clientAs(t, { role: 'coordinator', countryCode: 'TH' });
    const inv = (await a.client.post('/api/invitations').send({ email: 'th2.judge@example.org', role: 'judge', countryCode: 'TH' }).expect(201)).body;
    await b.client.delete(`/api/invitations/${inv.id}`).expect(404);
    await a.client.delete(`/api/invitations/${inv.id}`).expect(204);
  });
});

describe('the outbox', () => {
  it('is readable by organisers only', async () => {
    const page = await organiser.get('/api/admin/outbox?limit=5').expect(200);
    expect(page.body.total).toBeGreaterThan(0);
    expect(page.body.items.length).toBeLessThanOrEqual(5);
    expect(page.body.items[0]).toEqual(expect.objectContaining({ to: expect.any(String), subject: expect.any(String), text: expect.any(String) }));
    await (await clientAs(t, { role: 'coordinator' })).client.get('/api/admin/outbox').expect(403);
    await t.anon.get('/api/admin/outbox').expect(401);
    expect((await organiser.get('/api/admin/outbox?limit=500').expect(400)).body.fields[0].field).toBe('limit');
    expect((await organiser.get('/api/admin/outbox?limit=abc').expect(400)).body.fields[0].field).toBe('limit');
  });
});

describe('mail through SMTP', () => {
  it('sends through the SMTP server when SMTP_URL is set, and records it as sent', async () => {
    const received: { to: string; body: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (c: Buffer) => (body += c.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as { port: number }).port;
    const app = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Clapper <noreply@clapper.test>' });
    try {
      const mail = app.app.get(MailService);
      const message = await mail.send({
        to: 'judge@example.org',
        subject: 'Hello judge',
        text: 'Your link: https://clapper.test/invite/abc',
        kind: 'invitation',
      });
      expect(message.transport).toBe('smtp');
      // the worker's job handler, run here directly
      await mail.deliver(message.id);
      expect(received).toHaveLength(1);
      expect(received[0].to).toBe('judge@example.org');
      expect(received[0].body).toContain('Subject: Hello judge');
      expect(received[0].body).toContain('https://clapper.test/invite/abc');
      const stored = await app.db.getRepository(OutboxMessage).findOneByOrFail({ id: message.id });
      expect(stored.sentAt).not.toBeNull();
      // delivering twice sends once
      await mail.deliver(message.id);
      expect(received).toHaveLength(1);
    } finally {
      await app.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});

describe('role grants', () => {
  it('never grants a role twice when the same invitation kind is accepted again', async () => {
    const judge = await makeUser(t, { role: 'judge', email: 'twice@example.org', countryCode: null });
    await organiser.post('/api/invitations').send({ email: 'twice@example.org', role: 'judge' }).expect(201);
    const token = await tokenMailedTo('twice@example.org');
    await t
      .as(await sessionFor(t, judge))
      .post('/api/invitations/accept')
      .send({ token })
      .expect(200);
    expect(await t.db.getRepository(RoleGrant).count({ where: { userId: judge.id, role: 'judge' } })).toBe(1);
  });
});
