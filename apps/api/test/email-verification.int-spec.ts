import { createTestApp, T0, type TestApp } from './harness/test-app.js';
import { clientAs } from './harness/factories.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { User } from '../src/accounts/user.entity.js';
import type { Client } from './harness/test-app.js';

/** Email verification: a single-use link mailed to the signed-in user's address, valid 48 hours. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

const HOUR = 3_600_000;

/** Reads the newest verification link out of the outbox, as the person reads their mail; returns its token. */
async function mailedToken(email: string): Promise<string> {
  const message = await t.db.getRepository(OutboxMessage).findOneOrFail({ where: { to: email, kind: 'email-verification' }, order: { createdAt: 'DESC' } });
  const match = message.text.match(/http:\/\/localhost:3000\/verify-email\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no verification link in: ${message.text}`);
  return match[1];
}

async function student(): Promise<{ client: Client; user: User }> {
  return clientAs(t, { role: 'student', countryCode: 'TH' });
}

describe('email verification', () => {
  it('mails a link, confirms the address with it, and shows emailVerified on me', async () => {
    const { client, user } = await student();
    expect((await client.get('/api/auth/me').expect(200)).body.emailVerified).toBe(false);
    const sent = (await client.post('/api/auth/email-verification').expect(200)).body;
    expect(sent).toEqual({ sentTo: user.email, expiresAt: new Date(T0.getTime() + 48 * HOUR).toISOString() });
    const message = await t.db.getRepository(OutboxMessage).findOneByOrFail({ to: user.email, kind: 'email-verification' });
    expect(message.subject).toBe('Confirm your email address for Clapper');
    expect(message.text).toContain('expires on');
    const token = await mailedToken(user.email);
    // only the hash is stored
    const stored = await t.db.getRepository(User).findOneByOrFail({ id: user.id });
    expect(stored.emailVerificationTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.emailVerificationTokenHash).not.toContain(token);

    // the link works without a session (opened on another device)
    t.clock.advance(47 * HOUR);
    const res = await t.anon.post('/api/auth/email-verification/confirm').send({ token }).expect(200);
    // an account that could already sign in is confirmed, not signed in by the link
    expect(res.body).toEqual({ email: user.email, emailVerified: true, emailVerifiedAt: t.clock.now().toISOString(), signedIn: false });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await client.get('/api/auth/me').expect(200)).body.emailVerified).toBe(true);
    const after = await t.db.getRepository(User).findOneByOrFail({ id: user.id });
    expect(after.emailVerificationTokenHash).toBeNull();
    expect(after.emailVerificationExpiresAt).toBeNull();
    expect(
      await t.db.getRepository(AuditEvent).count({ where: { subjectType: 'user', subjectId: user.id, action: 'account.email_verification_requested' } }),
    ).toBe(1);
    expect(await t.db.getRepository(AuditEvent).count({ where: { subjectType: 'user', subjectId: user.id, action: 'account.email_verified' } })).toBe(1);

    // single use
    const reused = await t.anon.post('/api/auth/email-verification/confirm').send({ token }).expect(400);
    expect(reused.body).toMatchObject({ code: 'bad_request', reason: 'accounts.verification_link_invalid', params: {} });
    expect(reused.body.message).toMatch(/not valid, or it was already used\. Sign in and ask for a new verification email/);
    // and nothing more to verify
    const again = await client.post('/api/auth/email-verification').expect(409);
    expect(again.body).toMatchObject({ code: 'conflict', reason: 'accounts.already_verified', params: { email: user.email } });
    expect(again.body.message).toMatch(/already verified/);
  });

  it('refuses an expired link with a way forward, and a newer link replaces the older one', async () => {
    const { client, user } = await student();
    await client.post('/api/auth/email-verification').expect(200);
    const first = await mailedToken(user.email);
    t.clock.advance(48 * HOUR);
    const expired = await t.anon.post('/api/auth/email-verification/confirm').send({ token: first }).expect(410);
    expect(expired.body).toMatchObject({ code: 'invitation_expired', reason: 'accounts.verification_link_expired', params: { hours: 48 } });
    expect(expired.body.message).toMatch(/expired \(links work for 48 hours\)\. Sign in and ask for a new verification email/);
    expect((await client.get('/api/auth/me').expect(200)).body.emailVerified).toBe(false);

    await client.post('/api/auth/email-verification').expect(200);
    const second = await mailedToken(user.email);
    expect(second).not.toBe(first);
    await t.anon.post('/api/auth/email-verification/confirm').send({ token: first }).expect(400);
    await t.anon.post('/api/auth/email-verification/confirm').send({ token: second }).expect(200);
    expect((await client.get('/api/auth/me').expect(200)).body.emailVerified).toBe(true);
  });

  it('refuses tokens that were never issued, and malformed ones', async () => {
    const bad = await t.anon
      .post('/api/auth/email-verification/confirm')
      .send({ token: 'A'.repeat(43) })
      .expect(400);
    expect(bad.body).toMatchObject({ reason: 'accounts.verification_link_invalid', params: {} });
    const malformed = await t.anon.post('/api/auth/email-verification/confirm').send({ token: 'short' }).expect(400);
    expect(malformed.body.fields).toEqual([
      {
        field: 'token',
        messages: ['token is not a valid verification token; open the link from the email again'],
        problems: [{ reason: 'accounts.verification_link_invalid', params: {} }],
      },
    ]);
    await t.anon.post('/api/auth/email-verification/confirm').send({}).expect(400);
  });

  it('sends at most 3 emails an hour per account (429 with a message), then again in the next hour', async () => {
    const { client, user } = await student();
    for (let i = 0; i < 3; i++) await client.post('/api/auth/email-verification').expect(200);
    const limited = await client.post('/api/auth/email-verification').expect(429);
    expect(limited.body).toMatchObject({ code: 'too_many_attempts', reason: 'accounts.verification_mails_limit', params: { limit: 3 } });
    expect(limited.body.message).toMatch(/already sent you 3 verification emails this hour\. Open the latest one .* or ask again in \d+ minutes\./);
    expect(limited.body.params.retryAfterSeconds).toBeGreaterThan(0);
    expect(await t.db.getRepository(OutboxMessage).count({ where: { to: user.email, kind: 'email-verification' } })).toBe(3);
    // another account is not affected
    await (await student()).client.post('/api/auth/email-verification').expect(200);
    t.clock.advance(HOUR);
    await client.post('/api/auth/email-verification').expect(200);
  });

  it('needs a signed-in user to send a link', async () => {
    await t.anon.post('/api/auth/email-verification').expect(401);
  });

  it('counts an accepted invitation as a verified address (the link was mailed there)', async () => {
    const organiser = (await clientAs(t, { role: 'organiser', countryCode: null })).client;
    await organiser.post('/api/invitations').send({ email: 'new.judge@example.org', role: 'judge', countryCode: 'TH' }).expect(201);
    const message = await t.db
      .getRepository(OutboxMessage)
      .findOneOrFail({ where: { to: 'new.judge@example.org', kind: 'invitation' }, order: { createdAt: 'DESC' } });
    const token = message.text.match(/\/invite\/([A-Za-z0-9_-]+)/)![1];
    const me = (await t.anon.post('/api/invitations/accept').send({ token, displayName: 'New Judge', password: 'lotus-river-lantern-51' }).expect(200)).body;
    expect(me.emailVerified).toBe(true);
  });
});
