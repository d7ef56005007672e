import { createTestApp, ORIGIN, type TestApp } from './harness/test-app.js';
import { clientAs, makeUser, PASSWORD } from './harness/factories.js';
import { Session } from '../src/auth/session.entity.js';
import { User } from '../src/accounts/user.entity.js';
import { RoleGrant } from '../src/accounts/role-grant.entity.js';
import { hashToken } from '../src/auth/tokens.js';

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
  it('creates a student with a school, signs them in with an httpOnly SameSite cookie', async () => {
    const body = signUpBody();
    const res = await t.anon.post('/api/auth/sign-up').send(body).expect(201);
    expect(res.body).toMatchObject({ email: body.email, displayName: 'Ana S.', countryCode: 'TH', schoolName: 'Bangkok Riverside School', roles: [{ role: 'student', countryCode: 'TH' }] });
    const cookie = sessionCookie(res)!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await t.as(tokenOf(cookie)).get('/api/auth/me').expect(200);
    expect(me.body.id).toBe(res.body.id);
    const stored = await t.db.getRepository(User).findOneByOrFail({ email: body.email });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('puts a second student of the same school, however spelled, in the same school', async () => {
    const a = await t.anon.post('/api/auth/sign-up').send(signUpBody({ schoolName: 'Chiang Mai Hill School' })).expect(201);
    const b = await t.anon.post('/api/auth/sign-up').send(signUpBody({ schoolName: '  chiang mai  HILL school' })).expect(201);
    expect(b.body.schoolId).toBe(a.body.schoolId);
  });

  it('lets a teacher sign up without a date of birth', async () => {
    const res = await t.anon.post('/api/auth/sign-up').send(signUpBody({ role: 'teacher', dateOfBirth: undefined })).expect(201);
    expect(res.body.roles).toEqual([expect.objectContaining({ role: 'teacher' })]);
  });

  it('refuses a duplicate email with 409, whatever its case', async () => {
    const body = signUpBody();
    await t.anon.post('/api/auth/sign-up').send(body).expect(201);
    const res = await t.anon.post('/api/auth/sign-up').send({ ...body, email: body.email.toUpperCase() }).expect(409);
    expect(res.body).toMatchObject({ code: 'email_taken', fields: [{ field: 'email' }] });
  });

  it.each([
    ['short', 'too_short'],
    ['qwerty123456', 'too_common'],
    ['1qaz2wsx3edc4rfv', 'too_common'],
  ])('refuses the password %p (%s) with 422 and a message beside the field', async (password, problem) => {
    const res = await t.anon.post('/api/auth/sign-up').send(signUpBody({ password })).expect(422);
    expect(res.body.code).toBe('weak_password');
    expect(res.body.details.problems).toContain(problem);
    expect(res.body.fields[0].field).toBe('password');
  });

  it('requires a date of birth from students, and a real one', async () => {
    const missing = await t.anon.post('/api/auth/sign-up').send(signUpBody({ dateOfBirth: undefined })).expect(400);
    expect(missing.body.fields).toEqual([expect.objectContaining({ field: 'dateOfBirth' })]);
    const future = await t.anon.post('/api/auth/sign-up').send(signUpBody({ dateOfBirth: '2099-01-01' })).expect(400);
    expect(future.body.fields[0].field).toBe('dateOfBirth');
    const impossible = await t.anon.post('/api/auth/sign-up').send(signUpBody({ dateOfBirth: '2010-02-30' })).expect(400);
    expect(impossible.body.fields[0].field).toBe('dateOfBirth');
  });

  it('refuses a country that is not participating', async () => {
    const res = await t.anon.post('/api/auth/sign-up').send(signUpBody({ countryCode: 'FR' })).expect(400);
    expect(res.body.fields).toEqual([{ field: 'countryCode', messages: ['FR is not a participating country'] }]);
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
    expect(bad.body).toEqual({ statusCode: 400, code: 'malformed_json', message: 'The request body is not valid JSON.' });
    const big = await t.anon.post('/api/auth/sign-up').send({ ...signUpBody(), displayName: 'x'.repeat(200_000) }).expect(413);
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

  it('locks an account with 429 after repeated failures, even with the right password, until the window passes', async () => {
    await makeUser(t, { email: 'locked@example.org' });
    for (let i = 0; i < 5; i++) await t.anon.post('/api/auth/sign-in').send({ email: 'locked@example.org', password: `guess-number-${i}` }).expect(401);
    const locked = await t.anon.post('/api/auth/sign-in').send({ email: 'locked@example.org', password: PASSWORD }).expect(429);
    expect(locked.body.code).toBe('too_many_attempts');
    expect(locked.body.message).toMatch(/Wait 15 minutes/);
    t.clock.advance(16 * 60_000);
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
  it('answers 429 when one address signs in too often', async () => {
    const limited = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      for (let i = 0; i < 3; i++) await limited.anon.post('/api/auth/sign-in').send({ email: `x${i}@example.org`, password: 'some-password-x' }).expect(401);
      const res = await limited.anon.post('/api/auth/sign-in').send({ email: 'y@example.org', password: 'some-password-x' }).expect(429);
      expect(res.body.code).toBe('too_many_attempts');
      const signUp = await limited.anon.post('/api/auth/sign-up').send(signUpBody()).expect(429);
      expect(signUp.body.code).toBe('too_many_attempts');
    } finally {
      await limited.close();
    }
  });
});

describe('roles', () => {
  it('gives self sign-up only student or teacher roles', async () => {
    const res = await t.anon.post('/api/auth/sign-up').send(signUpBody({ role: 'organiser' })).expect(400);
    expect(res.body.fields[0]).toEqual({ field: 'role', messages: ['role must be student or teacher'] });
    expect(await t.db.getRepository(RoleGrant).count({ where: { role: 'organiser' } })).toBe(0);
  });
});
