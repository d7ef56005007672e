import { jest } from '@jest/globals';
import { createTestApp, ORIGIN, type TestApp } from './harness/test-app.js';
import { clientAs, makeUser, PASSWORD } from './harness/factories.js';
import { Session } from '../src/auth/session.entity.js';
import { User } from '../src/accounts/user.entity.js';
import { RoleGrant } from '../src/accounts/role-grant.entity.js';
import { hashToken } from '../src/auth/tokens.js';
import { PasswordService } from '../src/accounts/password.service.js';
import { lastMail, mailCount, mailedToken } from './harness/outbox.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signUpBody = (o: Record<string, unknown> = {}) => ({
  email: `ana.${Math.random().toString(36).slice(2, 8)}@school.ac.th`,
  password: 'violet-kettle-harbour-92',
  displayName: 'Ana S.',
  role: 'student',
  countryCode: 'TH',
  schoolName: 'Bangkok  Riverside School ',
  dateOfBirth: '2010-05-14',
  ...o,
});

function sessionCookie(res: { headers: Record<string, unknown> }): string | undefined {
  const cookies = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  return cookies.find((c) => c.startsWith('clapper_session='));
}
const tokenOf = (cookie: string | undefined) => cookie?.split(';')[0].split('=')[1] ?? '';

describe('sign-up', () => {
  it('answers "check your email" without signing in, and the mailed link confirms the address and signs the student in', async () => {
    const body = signUpBody({ locale: 'th' });
    const res = await t.anon.post('/api/auth/sign-up').send(body).expect(202);
    expect(res.body).toEqual({ status: 'check_email', email: body.email });
    expect(sessionCookie(res)).toBeUndefined();
    const stored = await t.db.getRepository(User).findOneOrFail({ where: { email: body.email }, relations: { school: true, grants: true } });
    expect(stored).toMatchObject({ displayName: 'Ana S.', countryCode: 'TH', signUpPending: true, emailVerifiedAt: null, locale: 'th' });
    expect(stored.school?.name).toBe('Bangkok Riverside School');
    expect(stored.grants).toEqual([expect.objectContaining({ role: 'student', countryCode: 'TH' })]);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

    // the email is in the account's language, with a single-use link of which only the hash is stored
    const mail = await lastMail(t, body.email, 'sign-up-confirmation');
    expect(mail.subject).toBe('ยืนยันอีเมลเพื่อสร้างบัญชี Clapper ให้เสร็จสมบูรณ์');
    const token = await mailedToken(t, body.email, 'sign-up-confirmation', '/verify-email/');
    expect(stored.emailVerificationTokenHash).toBe(hashToken(token));

    // the password is right, but the address is not confirmed yet: a clear code, only after the password
    const early = await t.anon.post('/api/auth/sign-in').send({ email: body.email, password: body.password }).expect(403);
    expect(early.body).toMatchObject({ code: 'email_unconfirmed', reason: 'accounts.email_unconfirmed', params: { email: body.email } });
    expect(sessionCookie(early)).toBeUndefined();
    const wrong = await t.anon.post('/api/auth/sign-in').send({ email: body.email, password: 'not-the-password-at-all' }).expect(401);
    expect(wrong.body).toMatchObject({ code: 'invalid_credentials', reason: 'accounts.invalid_credentials', params: {} });

    // the link, opened in any browser, confirms and signs in with an httpOnly SameSite cookie
    const confirmed = await t.anon.post('/api/auth/email-verification/confirm').send({ token }).expect(200);
    expect(confirmed.body).toEqual({ email: body.email, emailVerified: true, emailVerifiedAt: t.clock.now().toISOString(), signedIn: true });
    const cookie = sessionCookie(confirmed)!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await t.as(tokenOf(cookie)).get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({
      id: stored.id,
      email: body.email,
      emailVerified: true,
      schoolName: 'Bangkok Riverside School',
      // a new entry's first member is filled in from it (issue 16)
      dateOfBirth: '2010-05-14',
      roles: [{ role: 'student', countryCode: 'TH' }],
    });
    expect(await t.db.getRepository(User).findOneByOrFail({ id: stored.id })).toMatchObject({ signUpPending: false, emailVerificationTokenHash: null });

    // the link works once; from now on the password signs in
    await t.anon.post('/api/auth/email-verification/confirm').send({ token }).expect(400);
    await t.anon.post('/api/auth/sign-in').send({ email: body.email, password: body.password }).expect(200);
  });

  it('answers an address that has an account exactly as a new one, mails its owner, and changes nothing', async () => {
    const owner = await makeUser(t, { email: 'taken.address@example.org', displayName: 'Owner Name' });
    const fresh = signUpBody({ email: 'fresh.address@example.org' });
    const taken = signUpBody({ email: 'Taken.Address@example.org', password: 'another-long-passphrase-77', displayName: 'Someone Else' });
    const a = await t.anon.post('/api/auth/sign-up').send(fresh);
    const b = await t.anon.post('/api/auth/sign-up').send(taken);
    expect(b.status).toBe(a.status);
    expect(b.status).toBe(202);
    expect(Object.keys(b.body).sort()).toEqual(Object.keys(a.body).sort());
    expect(b.body).toEqual({ ...a.body, email: 'taken.address@example.org' });
    expect(b.headers['set-cookie']).toEqual(a.headers['set-cookie']);
    expect(sessionCookie(b)).toBeUndefined();

    // the owner hears of it, with ways to sign in or reset; no confirmation link goes to them
    const notice = await lastMail(t, owner.email, 'sign-up-existing');
    expect(notice.subject).toBe('Someone tried to create a Clapper account with your email address');
    expect(notice.text).toContain('Hello Owner Name,');
    expect(notice.text).toContain(`${t.config.publicUrl}/sign-in`);
    expect(notice.text).toContain(`${t.config.publicUrl}/forgot-password`);
    expect(notice.text).not.toMatch(/verify-email/);
    expect(await mailCount(t, owner.email, 'sign-up-confirmation')).toBe(0);

    // the account is untouched: its own password still works, the one typed at sign-up does not
    const after = await t.db.getRepository(User).findOneOrFail({ where: { id: owner.id }, relations: { grants: true } });
    expect(after).toMatchObject({ passwordHash: owner.passwordHash, displayName: 'Owner Name', signUpPending: false });
    expect(after.grants).toHaveLength(1);
    await t.anon.post('/api/auth/sign-in').send({ email: owner.email, password: PASSWORD }).expect(200);
    await t.anon.post('/api/auth/sign-in').send({ email: owner.email, password: taken.password }).expect(401);
    expect(await t.db.getRepository(User).count({ where: { email: owner.email } })).toBe(1);
  });

  it('hashes the password for an address with an account too, so timing does not tell', async () => {
    await makeUser(t, { email: 'timing.owner@example.org' });
    const hash = jest.spyOn(t.app.get(PasswordService), 'hash');
    try {
      await t.anon
        .post('/api/auth/sign-up')
        .send(signUpBody({ email: 'timing.owner@example.org' }))
        .expect(202);
      await t.anon
        .post('/api/auth/sign-up')
        .send(signUpBody({ email: 'timing.new@example.org' }))
        .expect(202);
      expect(hash).toHaveBeenCalledTimes(2);
    } finally {
      hash.mockRestore();
    }
  });

  it('starts an unconfirmed sign-up again with the latest details; only the latest link works, with the latest password', async () => {
    const first = signUpBody({ email: 'twice@example.org', displayName: 'First Try' });
    await t.anon.post('/api/auth/sign-up').send(first).expect(202);
    const firstToken = await mailedToken(t, first.email, 'sign-up-confirmation', '/verify-email/');
    const second = signUpBody({
      email: 'twice@example.org',
      displayName: 'Second Try',
      password: 'second-long-passphrase-88',
      role: 'teacher',
      dateOfBirth: undefined,
    });
    await t.anon.post('/api/auth/sign-up').send(second).expect(202);
    const secondToken = await mailedToken(t, second.email, 'sign-up-confirmation', '/verify-email/');
    expect(secondToken).not.toBe(firstToken);
    expect(await t.db.getRepository(User).count({ where: { email: 'twice@example.org' } })).toBe(1);
    await t.anon.post('/api/auth/email-verification/confirm').send({ token: firstToken }).expect(400);
    const confirmed = await t.anon.post('/api/auth/email-verification/confirm').send({ token: secondToken }).expect(200);
    expect(confirmed.body.signedIn).toBe(true);
    const user = await t.db.getRepository(User).findOneOrFail({ where: { email: 'twice@example.org' }, relations: { grants: true } });
    expect(user.displayName).toBe('Second Try');
    expect(user.grants?.map((g) => g.role)).toEqual(['teacher']);
    await t.anon.post('/api/auth/sign-in').send({ email: 'twice@example.org', password: second.password }).expect(200);
    await t.anon.post('/api/auth/sign-in').send({ email: 'twice@example.org', password: first.password }).expect(401);
  });

  it('resends the sign-up email with the same answer whatever the address', async () => {
    const pending = signUpBody({ email: 'resend.pending@example.org' });
    await t.anon.post('/api/auth/sign-up').send(pending).expect(202);
    const before = await mailedToken(t, pending.email, 'sign-up-confirmation', '/verify-email/');
    await makeUser(t, { email: 'resend.owner@example.org' });
    const answers = [];
    for (const email of ['resend.pending@example.org', 'RESEND.owner@example.org', 'resend.nobody@example.org']) {
      const res = await t.anon.post('/api/auth/sign-up/resend').send({ email }).expect(202);
      answers.push({ ...res.body, email: 'x' });
      expect(res.body.email).toBe(email.toLowerCase());
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    const after = await mailedToken(t, pending.email, 'sign-up-confirmation', '/verify-email/');
    expect(after).not.toBe(before);
    expect(await mailCount(t, 'resend.owner@example.org', 'sign-up-existing')).toBe(1);
    expect(await mailCount(t, 'resend.nobody@example.org')).toBe(0);
    const bad = await t.anon.post('/api/auth/sign-up/resend').send({ email: 'not-an-email' }).expect(400);
    expect(bad.body.fields[0].field).toBe('email');
  });

  it('mails one address at most 5 sign-up emails an hour, without changing the answer', async () => {
    await makeUser(t, { email: 'spammed@example.org' });
    for (let i = 0; i < 7; i++)
      await t.anon
        .post('/api/auth/sign-up')
        .send(signUpBody({ email: 'spammed@example.org' }))
        .expect(202);
    expect(await mailCount(t, 'spammed@example.org', 'sign-up-existing')).toBe(5);
  });

  it('puts a second student of the same school, however spelled, in the same school', async () => {
    const a = signUpBody({ schoolName: 'Chiang Mai Hill School' });
    const b = signUpBody({ schoolName: '  chiang mai  HILL school' });
    await t.anon.post('/api/auth/sign-up').send(a).expect(202);
    await t.anon.post('/api/auth/sign-up').send(b).expect(202);
    const users = t.db.getRepository(User);
    expect((await users.findOneByOrFail({ email: b.email })).schoolId).toBe((await users.findOneByOrFail({ email: a.email })).schoolId);
  });

  it('lets a teacher sign up without a date of birth', async () => {
    const body = signUpBody({ role: 'teacher', dateOfBirth: undefined });
    await t.anon.post('/api/auth/sign-up').send(body).expect(202);
    const user = await t.db.getRepository(User).findOneOrFail({ where: { email: body.email }, relations: { grants: true } });
    expect(user.dateOfBirth).toBeNull();
    expect(user.grants?.map((g) => g.role)).toEqual(['teacher']);
  });

  it.each([
    ['short', { reason: 'accounts.password_too_short', params: { min: 12 } }],
    ['qwerty123456', { reason: 'accounts.password_too_common', params: {} }],
    ['1qaz2wsx3edc4rfv', { reason: 'accounts.password_too_common', params: {} }],
    ['zzzzzzzzzzzzzzzz', { reason: 'accounts.password_repetitive', params: {} }],
    ['ana.student-2027!', { reason: 'accounts.password_contains_email', params: {} }],
  ])('refuses the password %p with 422, naming %j with its facts, beside the field', async (password, problem) => {
    const res = await t.anon
      .post('/api/auth/sign-up')
      .send(signUpBody({ email: 'ana.student@example.org', password }))
      .expect(422);
    expect(res.body).toMatchObject({ code: 'weak_password', reason: 'accounts.weak_password' });
    expect(res.body.params.problems).toContainEqual(problem);
    expect(res.body.fields[0]).toMatchObject({ field: 'password', problems: res.body.params.problems });
  });

  it('refuses a password over 256 characters beside the field, naming the limit (the same refusal the browser shows before sending)', async () => {
    const res = await t.anon
      .post('/api/auth/sign-up')
      .send(signUpBody({ email: 'ana.student@example.org', password: 'Ab3$'.repeat(65) }))
      .expect(400);
    expect(res.body).toMatchObject({ code: 'validation_failed', reason: 'common.validation_failed' });
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'password', problems: [{ reason: 'field.too_long', params: { max: 256 } }] })]);
  });

  it('refuses bad field values the same way whether or not the address has an account', async () => {
    await makeUser(t, { email: 'fields.owner@example.org' });
    for (const bad of [{ password: 'short' }, { countryCode: 'FR' }, { dateOfBirth: '2099-01-01' }]) {
      const owned = await t.anon.post('/api/auth/sign-up').send(signUpBody({ email: 'fields.owner@example.org', ...bad }));
      const fresh = await t.anon.post('/api/auth/sign-up').send(signUpBody({ email: 'fields.fresh@example.org', ...bad }));
      expect(owned.status).toBeGreaterThanOrEqual(400);
      expect([owned.status, owned.body]).toEqual([fresh.status, fresh.body]);
    }
    expect(await mailCount(t, 'fields.owner@example.org')).toBe(0);
  });

  it('requires a date of birth from students, and a real one', async () => {
    const missing = await t.anon
      .post('/api/auth/sign-up')
      .send(signUpBody({ dateOfBirth: undefined }))
      .expect(400);
    expect(missing.body.fields).toEqual([expect.objectContaining({ field: 'dateOfBirth', problems: [{ reason: 'field.required', params: {} }] })]);
    const future = await t.anon
      .post('/api/auth/sign-up')
      .send(signUpBody({ dateOfBirth: '2099-01-01' }))
      .expect(400);
    expect(future.body.fields[0]).toMatchObject({
      field: 'dateOfBirth',
      problems: [{ reason: 'accounts.date_of_birth_out_of_range', params: { earliestOn: '1900-01-01', latestOn: t.clock.now().toISOString().slice(0, 10) } }],
    });
    const impossible = await t.anon
      .post('/api/auth/sign-up')
      .send(signUpBody({ dateOfBirth: '2010-02-30' }))
      .expect(400);
    expect(impossible.body.fields[0]).toMatchObject({ field: 'dateOfBirth', problems: [{ reason: 'field.not_date', params: {} }] });
  });

  it('refuses a country that is not participating', async () => {
    const res = await t.anon
      .post('/api/auth/sign-up')
      .send(signUpBody({ countryCode: 'FR' }))
      .expect(400);
    expect(res.body.fields).toEqual([
      {
        field: 'countryCode',
        messages: ['FR is not a participating country'],
        problems: [{ reason: 'accounts.country_not_participating', params: { country: 'FR' } }],
      },
    ]);
  });

  it('lists every bad field at once, refuses unknown fields and wrong types, and writes nothing', async () => {
    const before = await t.db.getRepository(User).count();
    const res = await t.anon
      .post('/api/auth/sign-up')
      .send({ email: 'not-an-email', password: 42, displayName: '', role: 'organiser', countryCode: 'thailand', schoolName: 'X', isAdmin: true })
      .expect(400);
    const fields = res.body.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['countryCode', 'displayName', 'email', 'isAdmin', 'password', 'role', 'schoolName']);
    expect(res.body.fields.find((f: { field: string }) => f.field === 'isAdmin').messages).toEqual(['isAdmin is not a field this request accepts']);
    expect(res.body.message).toMatch(/Please correct/);
    expect(await t.db.getRepository(User).count()).toBe(before);
  });

  it('answers malformed JSON and oversized bodies with clear 4xx, never a stack trace', async () => {
    const bad = await t.anon.post('/api/auth/sign-up').set('Content-Type', 'application/json').send('{"email": "a@b.c",').expect(400);
    expect(bad.body).toEqual({
      statusCode: 400,
      code: 'malformed_json',
      reason: 'common.malformed_json',
      params: {},
      message: 'The request body is not valid JSON.',
    });
    const big = await t.anon
      .post('/api/auth/sign-up')
      .send({ ...signUpBody(), displayName: 'x'.repeat(200_000) })
      .expect(413);
    expect(big.body.code).toBe('payload_too_large');
    expect(JSON.stringify(big.body)).not.toMatch(/at .*\.js/);
  });
});

describe('sign-in and sign-out', () => {
  it('signs in with the right password, rotating the session token', async () => {
    const user = await makeUser(t, { email: 'rotate@example.org' });
    const first = await t.anon.post('/api/auth/sign-in').send({ email: 'ROTATE@example.org', password: PASSWORD }).expect(200);
    const firstToken = tokenOf(sessionCookie(first));
    expect(first.body.id).toBe(user.id);
    const second = await t.as(firstToken).post('/api/auth/sign-in').send({ email: 'rotate@example.org', password: PASSWORD }).expect(200);
    const secondToken = tokenOf(sessionCookie(second));
    expect(secondToken).not.toBe(firstToken);
    await t.as(firstToken).get('/api/auth/me').expect(401);
    await t.as(secondToken).get('/api/auth/me').expect(200);
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    await makeUser(t, { email: 'wrong@example.org' });
    const a = await t.anon.post('/api/auth/sign-in').send({ email: 'wrong@example.org', password: 'not-the-password' }).expect(401);
    const b = await t.anon.post('/api/auth/sign-in').send({ email: 'nobody@example.org', password: 'not-the-password' }).expect(401);
    expect(a.body).toEqual(b.body);
    expect(a.body.code).toBe('invalid_credentials');
  });

  it('slows down the client after repeated failures with 429, even with the right password, until the wait passes (account-security.int-spec.ts has the rest)', async () => {
    await makeUser(t, { email: 'locked@example.org' });
    for (let i = 0; i < 3; i++)
      await t.anon
        .post('/api/auth/sign-in')
        .send({ email: 'locked@example.org', password: `guess-number-${i}` })
        .expect(401);
    const locked = await t.anon.post('/api/auth/sign-in').send({ email: 'locked@example.org', password: PASSWORD }).expect(429);
    expect(locked.body).toMatchObject({ code: 'too_many_attempts', reason: 'accounts.sign_in_failures', params: { retryAfterSeconds: 8 } });
    expect(locked.headers['retry-after']).toBe('8');
    t.clock.advance(8_000);
    await t.anon.post('/api/auth/sign-in').send({ email: 'locked@example.org', password: PASSWORD }).expect(200);
  });

  it('destroys the session at sign-out and clears the cookie', async () => {
    const { client, token } = await clientAs(t);
    const res = await client.post('/api/auth/sign-out').expect(204);
    expect(sessionCookie(res)).toMatch(/clapper_session=;/);
    await t.as(token).get('/api/auth/me').expect(401);
    expect(await t.db.getRepository(Session).count({ where: { tokenHash: hashToken(token) } })).toBe(0);
  });

  it('expires sessions after their lifetime', async () => {
    const { client } = await clientAs(t);
    await client.get('/api/auth/me').expect(200);
    t.clock.advance(t.config.session.ttlHours * 3600_000 + 1000);
    await client.get('/api/auth/me').expect(401);
  });

  it('answers 401 to anonymous callers of me and sign-out', async () => {
    expect((await t.anon.get('/api/auth/me').expect(401)).body.code).toBe('unauthenticated');
    await t.anon.post('/api/auth/sign-out').expect(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request with a session from another origin', async () => {
    const { client } = await clientAs(t);
    const res = await client.withOrigin('https://evil.example').post('/api/auth/sign-out').expect(403);
    expect(res.body.code).toBe('csrf_origin');
    await client.get('/api/auth/me').expect(200);
  });

  it('refuses a state-changing request with a session and no origin at all', async () => {
    const { client } = await clientAs(t);
    await client.withOrigin(null).post('/api/auth/sign-out').expect(403);
  });

  it('lets safe requests and cookieless clients through', async () => {
    const { client } = await clientAs(t);
    await client.withOrigin('https://evil.example').get('/api/auth/me').expect(200);
    await t.anon.withOrigin(null).post('/api/auth/sign-in').send({ email: 'nobody@example.org', password: 'whatever-password' }).expect(401);
    expect(ORIGIN).toBe(t.config.publicUrl);
  });
});

describe('rate limits', () => {
  it('answers 429 when one address signs in too often, and counts its sign-ups on their own', async () => {
    const limited = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      for (let i = 0; i < 3; i++)
        await limited.anon
          .post('/api/auth/sign-in')
          .send({ email: `x${i}@example.org`, password: 'some-password-x' })
          .expect(401);
      const res = await limited.anon.post('/api/auth/sign-in').send({ email: 'y@example.org', password: 'some-password-x' }).expect(429);
      expect(res.body).toMatchObject({ code: 'too_many_attempts', reason: 'common.too_many_attempts', params: { retryAfterSeconds: expect.any(Number) } });
      expect(res.body.params.retryAfterSeconds).toBe(Number(res.headers['retry-after']));
      expect(res.headers['ratelimit-limit']).toBe('3');
      expect(res.headers['ratelimit-remaining']).toBe('0');
      // sign-up has its own bucket (AUTH_RATE_LIMIT_PER_MINUTE too): the sign-ins used none of it
      for (let i = 0; i < 3; i++) {
        const signUp = await limited.anon.post('/api/auth/sign-up').send(signUpBody()).expect(202);
        expect(signUp.headers['ratelimit-remaining']).toBe(String(2 - i));
      }
      const signUp = await limited.anon.post('/api/auth/sign-up').send(signUpBody()).expect(429);
      expect(signUp.body).toMatchObject({ code: 'too_many_attempts', reason: 'common.too_many_attempts', params: { retryAfterSeconds: expect.any(Number) } });
    } finally {
      await limited.close();
    }
  });
});

describe('roles', () => {
  it('gives self sign-up only student or teacher roles', async () => {
    const res = await t.anon
      .post('/api/auth/sign-up')
      .send(signUpBody({ role: 'organiser' }))
      .expect(400);
    expect(res.body.fields[0]).toEqual({
      field: 'role',
      messages: ['role must be student or teacher'],
      problems: [{ reason: 'field.not_one_of', params: { allowed: ['student', 'teacher'] } }],
    });
    expect(await t.db.getRepository(RoleGrant).count({ where: { role: 'organiser' } })).toBe(0);
  });
});
