import { createTestApp, T0, type TestApp } from './harness/test-app.js';
import { makeUser, PASSWORD, sessionFor } from './harness/factories.js';
import { lastMail, mailCount, mailedToken } from './harness/outbox.js';
import { User } from '../src/accounts/user.entity.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { hashToken } from '../src/auth/tokens.js';

/** "Forgot your password?": a single-use link valid 30 minutes; the request never tells whether the address has an account. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

const MINUTE = 60_000;
const NEW_PASSWORD = 'marigold-tram-lantern-63';
const resetToken = (email: string) => mailedToken(t, email, 'password-reset', '/reset-password/');

describe('password reset request', () => {
  it('answers the same for an address with an account and one without, and mails only the account', async () => {
    const user = await makeUser(t, { email: 'has.account@example.org' });
    const known = await t.anon.post('/api/auth/password-reset').send({ email: 'Has.Account@example.org' });
    const unknown = await t.anon.post('/api/auth/password-reset').send({ email: 'no.account@example.org' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(known.status);
    expect(known.body).toEqual({ status: 'check_email', email: 'has.account@example.org' });
    expect(unknown.body).toEqual({ ...known.body, email: 'no.account@example.org' });
    expect(known.headers['set-cookie']).toBeUndefined();
    expect(unknown.headers['set-cookie']).toBeUndefined();
    expect(await mailCount(t, user.email, 'password-reset')).toBe(1);
    expect(await mailCount(t, 'no.account@example.org')).toBe(0);
  });

  it("mails the link in the account's language and stores only its hash", async () => {
    const user = await makeUser(t, { email: 'thai.reader@example.org' });
    await t.db.getRepository(User).update({ id: user.id }, { locale: 'th' });
    await t.anon.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    const mail = await lastMail(t, user.email, 'password-reset');
    expect(mail.subject).toBe('ตั้งรหัสผ่าน Clapper ของคุณใหม่');
    expect(mail.text).toContain('30 นาที');
    const token = await resetToken(user.email);
    const stored = await t.db.getRepository(User).findOneByOrFail({ id: user.id });
    expect(stored.passwordResetTokenHash).toBe(hashToken(token));
    expect(stored.passwordResetExpiresAt?.toISOString()).toBe(new Date(T0.getTime() + 30 * MINUTE).toISOString());
  });

  it('refuses a bad email with 400 before anything else', async () => {
    const res = await t.anon.post('/api/auth/password-reset').send({ email: 'not-an-email' }).expect(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'email' })]);
    await t.anon.post('/api/auth/password-reset').send({}).expect(400);
  });

  it('limits one address to 3 requests an hour (429), whether or not it has an account; other addresses go on', async () => {
    await makeUser(t, { email: 'limited.owner@example.org' });
    for (const email of ['limited.owner@example.org', 'limited.nobody@example.org']) {
      for (let i = 0; i < 3; i++) await t.anon.post('/api/auth/password-reset').send({ email }).expect(202);
      const limited = await t.anon.post('/api/auth/password-reset').send({ email: email.toUpperCase() }).expect(429);
      expect(limited.body).toMatchObject({ code: 'too_many_attempts', reason: 'accounts.password_resets_limit', params: { limit: 3 } });
      expect(limited.body.params.retryAfterSeconds).toBeGreaterThan(0);
      expect(limited.body.message).toMatch(/This address has asked for 3 password resets this hour\. If it has an account/);
    }
    expect(await mailCount(t, 'limited.owner@example.org', 'password-reset')).toBe(3);
    await t.anon.post('/api/auth/password-reset').send({ email: 'limited.other@example.org' }).expect(202);
    t.clock.advance(60 * MINUTE);
    await t.anon.post('/api/auth/password-reset').send({ email: 'limited.owner@example.org' }).expect(202);
  });

  it('limits one client (429) across addresses', async () => {
    const limited = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      for (let i = 0; i < 3; i++)
        await limited.anon
          .post('/api/auth/password-reset')
          .send({ email: `client.${i}@example.org` })
          .expect(202);
      const res = await limited.anon.post('/api/auth/password-reset').send({ email: 'client.x@example.org' }).expect(429);
      expect(res.body).toMatchObject({ code: 'too_many_attempts', reason: 'common.too_many_attempts', params: { retryAfterSeconds: expect.any(Number) } });
      await limited.anon
        .post('/api/auth/password-reset/confirm')
        .send({ token: 'A'.repeat(43), password: NEW_PASSWORD })
        .expect(429);
    } finally {
      await limited.close();
    }
  });
});

describe('setting the new password', () => {
  it('sets it, ends every session, tells the owner by email, and works once', async () => {
    const user = await makeUser(t, { email: 'forgetful@example.org', displayName: 'Forgetful Student' });
    const phone = await sessionFor(t, user);
    const laptop = await sessionFor(t, user);
    await t.as(phone).get('/api/auth/me').expect(200);
    await t.anon.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    const token = await resetToken(user.email);

    t.clock.advance(29 * MINUTE);
    const done = await t.anon.post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD }).expect(200);
    expect(done.body).toEqual({ email: user.email });
    expect(done.headers['set-cookie']).toBeUndefined();

    // every session ended
    await t.as(phone).get('/api/auth/me').expect(401);
    await t.as(laptop).get('/api/auth/me').expect(401);
    // the new password works, the old one does not
    await t.anon.post('/api/auth/sign-in').send({ email: user.email, password: PASSWORD }).expect(401);
    await t.anon.post('/api/auth/sign-in').send({ email: user.email, password: NEW_PASSWORD }).expect(200);
    // the owner is told
    const notice = await lastMail(t, user.email, 'password-changed');
    expect(notice.subject).toBe('Your Clapper password was changed');
    expect(notice.text).toContain('Hello Forgetful Student,');
    expect(notice.text).toContain('signed out on every device');
    expect(notice.text).toContain(`${t.config.publicUrl}/forgot-password`);
    expect(await t.db.getRepository(AuditEvent).count({ where: { subjectType: 'user', subjectId: user.id, action: 'account.password_reset' } })).toBe(1);
    // single use
    const again = await t.anon.post('/api/auth/password-reset/confirm').send({ token, password: 'yet-another-passphrase-55' }).expect(400);
    expect(again.body).toMatchObject({ code: 'bad_request', reason: 'accounts.reset_link_invalid', params: {} });
    await t.anon.post('/api/auth/sign-in').send({ email: user.email, password: NEW_PASSWORD }).expect(200);
  });

  it('refuses a link after 30 minutes (410) and leaves the password alone', async () => {
    const user = await makeUser(t, { email: 'too.late@example.org' });
    await t.anon.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    const token = await resetToken(user.email);
    t.clock.advance(30 * MINUTE);
    const expired = await t.anon.post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD }).expect(410);
    expect(expired.body).toMatchObject({ code: 'invitation_expired', reason: 'accounts.reset_link_expired', params: { minutes: 30 } });
    await t.anon.post('/api/auth/sign-in').send({ email: user.email, password: PASSWORD }).expect(200);
    expect(await mailCount(t, user.email, 'password-changed')).toBe(0);
  });

  it('refuses a weak password with 422 under the sign-up policy, and the link still works for a better one', async () => {
    const user = await makeUser(t, { email: 'weak.choice@example.org' });
    await t.anon.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    const token = await resetToken(user.email);
    for (const [password, problem] of [
      ['short', { reason: 'accounts.password_too_short', params: { min: 12 } }],
      ['qwerty123456', { reason: 'accounts.password_too_common', params: {} }],
      ['weak.choice@example.org!', { reason: 'accounts.password_contains_email', params: {} }],
    ] as const) {
      const res = await t.anon.post('/api/auth/password-reset/confirm').send({ token, password }).expect(422);
      expect(res.body).toMatchObject({
        code: 'weak_password',
        reason: 'accounts.weak_password',
        fields: [{ field: 'password', problems: res.body.params.problems }],
      });
      expect(res.body.params.problems).toContainEqual(problem);
    }
    await t.anon.post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD }).expect(200);
  });

  it('keeps only the latest link working', async () => {
    const user = await makeUser(t, { email: 'two.links@example.org' });
    await t.anon.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    const first = await resetToken(user.email);
    await t.anon.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    const second = await resetToken(user.email);
    expect(second).not.toBe(first);
    await t.anon.post('/api/auth/password-reset/confirm').send({ token: first, password: NEW_PASSWORD }).expect(400);
    await t.anon.post('/api/auth/password-reset/confirm').send({ token: second, password: NEW_PASSWORD }).expect(200);
  });

  it('refuses tokens never issued and malformed bodies with 400', async () => {
    const never = await t.anon
      .post('/api/auth/password-reset/confirm')
      .send({ token: 'B'.repeat(43), password: NEW_PASSWORD })
      .expect(400);
    expect(never.body).toMatchObject({ reason: 'accounts.reset_link_invalid', params: {} });
    const malformed = await t.anon.post('/api/auth/password-reset/confirm').send({ token: 'short', password: 42 }).expect(400);
    expect(malformed.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['password', 'token']);
  });

  it('sends no link to a disabled account', async () => {
    const user = await makeUser(t, { email: 'disabled.one@example.org' });
    await t.db.getRepository(User).update({ id: user.id }, { disabledAt: T0 });
    await t.anon.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
    expect(await mailCount(t, user.email)).toBe(0);
  });

  it('finishes a sign-up that was never confirmed: the reset link proves the address', async () => {
    const email = 'never.confirmed@example.org';
    await t.anon
      .post('/api/auth/sign-up')
      .send({
        email,
        password: 'first-long-passphrase-12',
        displayName: 'Late Student',
        role: 'student',
        countryCode: 'TH',
        schoolName: 'Reset School',
        dateOfBirth: '2010-05-14',
      })
      .expect(202);
    await t.anon.post('/api/auth/password-reset').send({ email }).expect(202);
    await t.anon
      .post('/api/auth/password-reset/confirm')
      .send({ token: await resetToken(email), password: NEW_PASSWORD })
      .expect(200);
    const me = await t.anon.post('/api/auth/sign-in').send({ email, password: NEW_PASSWORD }).expect(200);
    expect(me.body.emailVerified).toBe(true);
  });
});
