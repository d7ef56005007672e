import request from 'supertest';
import { createTestApp, ORIGIN, type TestApp } from './harness/test-app.js';
import { makeUser, PASSWORD } from './harness/factories.js';
import { Session } from '../src/auth/session.entity.js';
import { SignInFailure } from '../src/auth/sign-in-failure.entity.js';
import { User } from '../src/accounts/user.entity.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { delaySeconds } from '../src/auth/sign-in-throttle.js';
import { MaintenanceService } from '../src/accounts/maintenance.service.js';

/** Issue 12 §6: failed sign-ins slow down the failing client, never the owner; sessions; password change; CSRF cookie. */
let t: TestApp;
beforeAll(async () => {
  // behind a proxy: X-Forwarded-For names the client, so two addresses can be simulated
  t = await createTestApp({ TRUST_PROXY: 'true' });
});
afterAll(() => t.close());

const CLIENT_A = '203.0.113.10';
const CLIENT_B = '198.51.100.20';
const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const MAC_FIREFOX = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:133.0) Gecko/20100101 Firefox/133.0';
const NEW_PASSWORD = 'amber-lantern-orchard-51';

const server = () => t.app.getHttpServer();
/** a sign-in from one client address (and browser), as a browser on the site would send it */
const signIn = (from: string, email: string, password: string, userAgent = ANDROID_CHROME) =>
  request(server()).post('/api/auth/sign-in').set('Origin', ORIGIN).set('X-Forwarded-For', from).set('User-Agent', userAgent).send({ email, password });
const tokenOf = (res: { headers: Record<string, unknown> }) =>
  ((res.headers['set-cookie'] as string[] | undefined) ?? [])
    .find((c) => c.startsWith('clapper_session='))
    ?.split(';')[0]
    .split('=')[1] ?? '';
const signedIn = async (email: string, from = CLIENT_A, userAgent = ANDROID_CHROME) => tokenOf(await signIn(from, email, PASSWORD, userAgent).expect(200));

describe('failed sign-ins slow down the client, never the account', () => {
  it('makes client A wait 2^n seconds after 3 failures (429 with Retry-After), while the owner signs in at once from client B', async () => {
    await makeUser(t, { email: 'judge.night@example.org', role: 'judge' });
    for (let i = 0; i < 3; i++) await signIn(CLIENT_A, 'judge.night@example.org', `guess-${i}-wrong-pass`).expect(401);

    // the wait holds even for the right password: the client is slowed, the password is not even checked
    const slowed = await signIn(CLIENT_A, 'judge.night@example.org', PASSWORD).expect(429);
    expect(slowed.body).toMatchObject({ code: 'too_many_attempts', reason: 'accounts.sign_in_failures', params: { retryAfterSeconds: 8 } });
    expect(slowed.headers['retry-after']).toBe('8');

    // the owner on another client is not affected
    await signIn(CLIENT_B, 'judge.night@example.org', PASSWORD).expect(200);

    // after the wait, A may try once more; each further failure doubles the wait
    t.clock.advance(8_000);
    await signIn(CLIENT_A, 'judge.night@example.org', 'guess-4-wrong-pass').expect(401);
    const longer = await signIn(CLIENT_A, 'judge.night@example.org', 'guess-5-wrong-pass').expect(429);
    expect(longer.headers['retry-after']).toBe('16');
    t.clock.advance(16_000);
    await signIn(CLIENT_A, 'judge.night@example.org', 'guess-5-wrong-pass').expect(401);
    const five = await signIn(CLIENT_A, 'judge.night@example.org', PASSWORD).expect(429);
    expect(five.body.params.retryAfterSeconds).toBe(32);
    t.clock.advance(10_000);
    expect((await signIn(CLIENT_A, 'judge.night@example.org', PASSWORD).expect(429)).headers['retry-after']).toBe('22');
    await signIn(CLIENT_B, 'judge.night@example.org', PASSWORD).expect(200);

    // after the wait A signs in, which clears A's count: the next failures are free again
    t.clock.advance(22_000);
    await signIn(CLIENT_A, 'judge.night@example.org', PASSWORD).expect(200);
    expect(await t.db.getRepository(SignInFailure).count({ where: { email: 'judge.night@example.org', clientAddress: CLIENT_A } })).toBe(0);
    await signIn(CLIENT_A, 'judge.night@example.org', 'guess-6-wrong-pass').expect(401);
    await signIn(CLIENT_A, 'judge.night@example.org', 'guess-7-wrong-pass').expect(401);
    await signIn(CLIENT_A, 'judge.night@example.org', PASSWORD).expect(200);
  });

  it('counts unknown addresses alike, so the answers tell nothing about which accounts exist', async () => {
    for (let i = 0; i < 3; i++) await signIn(CLIENT_A, 'nobody.here@example.org', `guess-${i}-wrong-pass`).expect(401);
    const res = await signIn(CLIENT_A, 'nobody.here@example.org', PASSWORD).expect(429);
    expect(res.body).toMatchObject({ reason: 'accounts.sign_in_failures', params: { retryAfterSeconds: 8 } });
  });

  it('caps the wait at SIGN_IN_LOCK_MINUTES (15 minutes)', async () => {
    await makeUser(t, { email: 'capped@example.org' });
    const at = t.clock.now();
    await t.db.getRepository(SignInFailure).insert(Array.from({ length: 20 }, () => ({ email: 'capped@example.org', clientAddress: CLIENT_A, at })));
    const res = await signIn(CLIENT_A, 'capped@example.org', PASSWORD).expect(429);
    expect(res.body.params).toEqual({ retryAfterSeconds: 15 * 60 });
    expect(res.headers['retry-after']).toBe('900');
    await signIn(CLIENT_B, 'capped@example.org', PASSWORD).expect(200);
    t.clock.advance(15 * 60_000);
    await signIn(CLIENT_A, 'capped@example.org', PASSWORD).expect(200);
  });

  it('slows down one client failing across many accounts (password spraying), not other clients', async () => {
    await makeUser(t, { email: 'sprayed@example.org' });
    const sprayer = '192.0.2.99';
    const at = t.clock.now();
    // SIGN_IN_MAX_FAILURES_PER_CLIENT (100) failures, one each on 100 accounts: no single account reached its threshold
    await t.db.getRepository(SignInFailure).insert(Array.from({ length: 100 }, (_, i) => ({ email: `victim-${i}@example.org`, clientAddress: sprayer, at })));
    const res = await signIn(sprayer, 'sprayed@example.org', PASSWORD).expect(429);
    expect(res.body).toMatchObject({ reason: 'accounts.client_failures', params: { retryAfterSeconds: 15 * 60 } });
    await signIn(CLIENT_B, 'sprayed@example.org', PASSWORD).expect(200);
    t.clock.advance(15 * 60_000 + 1000);
    await signIn(sprayer, 'sprayed@example.org', PASSWORD).expect(200);
  });

  it('forgets failures after a day in the hourly clean-up, and keeps recent ones', async () => {
    const now = t.clock.now().getTime();
    await t.db.getRepository(SignInFailure).insert([
      { email: 'purge.old@example.org', clientAddress: CLIENT_A, at: new Date(now - 25 * 3_600_000) },
      { email: 'purge.recent@example.org', clientAddress: CLIENT_A, at: new Date(now - 23 * 3_600_000) },
    ]);
    await t.app.get(MaintenanceService).purge();
    expect(await t.db.getRepository(SignInFailure).countBy({ email: 'purge.old@example.org' })).toBe(0);
    expect(await t.db.getRepository(SignInFailure).countBy({ email: 'purge.recent@example.org' })).toBe(1);
  });

  it('doubles the wait from the threshold on, and never beyond the cap', () => {
    expect([0, 2, 3, 4, 5, 9, 10, 40].map((n) => delaySeconds(n, 3, 900))).toEqual([0, 0, 8, 16, 32, 512, 900, 900]);
  });
});

describe('sessions', () => {
  it('lists the own sessions with device, times and "this device", never a token', async () => {
    const user = await makeUser(t, { email: 'two.devices@example.org' });
    const phone = await signedIn('two.devices@example.org', CLIENT_A, ANDROID_CHROME);
    t.clock.advance(60_000);
    const laptop = await signedIn('two.devices@example.org', CLIENT_B, MAC_FIREFOX);
    const res = await t.as(phone).get('/api/auth/sessions').expect(200);
    // this device first, although the laptop was used more recently
    expect(res.body).toEqual([
      { id: expect.any(String), browser: 'Chrome', os: 'Android', createdAt: expect.any(String), lastSeenAt: expect.any(String), current: true },
      { id: expect.any(String), browser: 'Firefox', os: 'macOS', createdAt: expect.any(String), lastSeenAt: expect.any(String), current: false },
    ]);
    expect(new Date(res.body[1].lastSeenAt).getTime()).toBeGreaterThan(new Date(res.body[0].lastSeenAt).getTime());
    const stored = await t.db.getRepository(Session).find({ where: { userId: user.id } });
    const text = JSON.stringify(res.body);
    for (const secret of [phone, laptop, ...stored.map((s) => s.tokenHash)]) expect(text).not.toContain(secret);
    expect(stored.map((s) => s.id).sort()).toEqual(res.body.map((s: { id: string }) => s.id).sort());
  });

  it('updates "last seen" at most once every few minutes, not on every request', async () => {
    await makeUser(t, { email: 'last.seen@example.org' });
    const token = await signedIn('last.seen@example.org');
    const seen = async () => (await t.as(token).get('/api/auth/sessions').expect(200)).body[0].lastSeenAt as string;
    const first = await seen();
    t.clock.advance(2 * 60_000);
    expect(await seen()).toBe(first);
    t.clock.advance(4 * 60_000);
    expect(await seen()).toBe(t.clock.now().toISOString());
  });

  it('signs out one chosen session; the other device is signed out at once', async () => {
    await makeUser(t, { email: 'sign.out.one@example.org' });
    const a = await signedIn('sign.out.one@example.org', CLIENT_A);
    const b = await signedIn('sign.out.one@example.org', CLIENT_B, MAC_FIREFOX);
    const other = (await t.as(a).get('/api/auth/sessions').expect(200)).body.find((s: { current: boolean }) => !s.current);
    await t.as(a).delete(`/api/auth/sessions/${other.id}`).expect(204);
    await t.as(b).get('/api/auth/me').expect(401);
    await t.as(a).get('/api/auth/me').expect(200);
    expect((await t.as(a).get('/api/auth/sessions').expect(200)).body).toHaveLength(1);
  });

  it("answers 404 for another user's session and leaves it alone", async () => {
    await makeUser(t, { email: 'owner.one@example.org' });
    await makeUser(t, { email: 'owner.two@example.org' });
    const mine = await signedIn('owner.one@example.org');
    const theirs = await signedIn('owner.two@example.org');
    const theirId = (await t.as(theirs).get('/api/auth/sessions').expect(200)).body[0].id;
    const res = await t.as(mine).delete(`/api/auth/sessions/${theirId}`).expect(404);
    expect(res.body.code).toBe('not_found');
    await t.as(theirs).get('/api/auth/me').expect(200);
    expect((await t.as(mine).get('/api/auth/sessions').expect(200)).body.map((s: { id: string }) => s.id)).not.toContain(theirId);
  });

  it('answers 404 for an unknown session id and 400 for one that is not an id', async () => {
    await makeUser(t, { email: 'bad.ids@example.org' });
    const token = await signedIn('bad.ids@example.org');
    await t.as(token).delete('/api/auth/sessions/00000000-0000-4000-8000-000000000000').expect(404);
    expect((await t.as(token).delete('/api/auth/sessions/not-a-session').expect(400)).body.code).toBe('validation_failed');
  });

  it('ends this session itself when asked, and clears the cookie', async () => {
    await makeUser(t, { email: 'this.one@example.org' });
    const token = await signedIn('this.one@example.org');
    const id = (await t.as(token).get('/api/auth/sessions').expect(200)).body[0].id;
    const res = await t.as(token).delete(`/api/auth/sessions/${id}`).expect(204);
    expect(((res.headers['set-cookie'] as unknown as string[]) ?? []).join()).toMatch(/clapper_session=;/);
    await t.as(token).get('/api/auth/me').expect(401);
  });

  it('signs out every other session, keeping this one', async () => {
    await makeUser(t, { email: 'many.devices@example.org' });
    const here = await signedIn('many.devices@example.org');
    const others = [await signedIn('many.devices@example.org', CLIENT_B), await signedIn('many.devices@example.org', '192.0.2.7', MAC_FIREFOX)];
    expect((await t.as(here).post('/api/auth/sessions/sign-out-others').expect(200)).body).toEqual({ signedOut: 2 });
    for (const token of others) await t.as(token).get('/api/auth/me').expect(401);
    await t.as(here).get('/api/auth/me').expect(200);
    expect((await t.as(here).post('/api/auth/sessions/sign-out-others').expect(200)).body).toEqual({ signedOut: 0 });
  });

  it('does not list expired sessions', async () => {
    await makeUser(t, { email: 'expired.one@example.org' });
    await signedIn('expired.one@example.org', CLIENT_B);
    t.clock.advance(t.config.session.ttlHours * 3600_000 - 60_000);
    const fresh = await signedIn('expired.one@example.org');
    t.clock.advance(2 * 60_000);
    const list = (await t.as(fresh).get('/api/auth/sessions').expect(200)).body;
    expect(list).toEqual([expect.objectContaining({ current: true })]);
  });
});

describe('changing the password', () => {
  it('changes it, ends every other session, keeps this one and mails the user in their language', async () => {
    const user = await makeUser(t, { email: 'changer@example.org' });
    await t.db.getRepository(User).update({ id: user.id }, { locale: 'th' });
    const here = await signedIn('changer@example.org');
    const elsewhere = await signedIn('changer@example.org', CLIENT_B, MAC_FIREFOX);
    const res = await t.as(here).put('/api/auth/me/password').send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }).expect(200);
    expect(res.body).toEqual({ signedOut: 1 });
    await t.as(here).get('/api/auth/me').expect(200);
    await t.as(elsewhere).get('/api/auth/me').expect(401);
    await signIn(CLIENT_B, 'changer@example.org', PASSWORD).expect(401);
    await signIn(CLIENT_B, 'changer@example.org', NEW_PASSWORD).expect(200);
    const mail = await t.db.getRepository(OutboxMessage).findOneByOrFail({ to: 'changer@example.org', kind: 'password-changed' });
    expect(mail.subject).toBe('รหัสผ่าน Clapper ของคุณถูกเปลี่ยนแล้ว');
    expect(mail.text).toContain('changer@example.org');
    expect(mail.text).toContain(`${t.config.publicUrl}/forgot-password`);
    expect(mail.text).not.toContain(NEW_PASSWORD);
  });

  it('refuses a wrong current password beside its field, and changes nothing', async () => {
    await makeUser(t, { email: 'wrong.current@example.org' });
    const here = await signedIn('wrong.current@example.org');
    const elsewhere = await signedIn('wrong.current@example.org', CLIENT_B);
    const res = await t.as(here).put('/api/auth/me/password').send({ currentPassword: 'not-my-password-at-all', newPassword: NEW_PASSWORD }).expect(400);
    expect(res.body).toMatchObject({
      code: 'validation_failed',
      reason: 'common.validation_failed',
      fields: [{ field: 'currentPassword', problems: [{ reason: 'accounts.wrong_current_password', params: {} }] }],
    });
    await t.as(elsewhere).get('/api/auth/me').expect(200);
    await signIn(CLIENT_B, 'wrong.current@example.org', PASSWORD).expect(200);
    expect(await t.db.getRepository(OutboxMessage).countBy({ to: 'wrong.current@example.org' })).toBe(0);
  });

  it('slows down guessing the current password like failed sign-ins', async () => {
    await makeUser(t, { email: 'guess.current@example.org' });
    const here = await signedIn('guess.current@example.org', '192.0.2.50');
    const change = (currentPassword: string) =>
      request(server())
        .put('/api/auth/me/password')
        .set('Origin', ORIGIN)
        .set('X-Forwarded-For', '192.0.2.50')
        .set('Cookie', `clapper_session=${here}`)
        .send({ currentPassword, newPassword: NEW_PASSWORD });
    for (let i = 0; i < 3; i++) await change(`guess-${i}-wrong-pass`).expect(400);
    const slowed = await change(PASSWORD).expect(429);
    expect(slowed.headers['retry-after']).toBe('8');
  });

  it.each([
    [{ currentPassword: PASSWORD, newPassword: 'short' }, 422, 'weak_password', 'newPassword', { reason: 'accounts.password_too_short', params: { min: 12 } }],
    [{ currentPassword: PASSWORD, newPassword: 'qwerty123456' }, 422, 'weak_password', 'newPassword', { reason: 'accounts.password_too_common', params: {} }],
    [{ currentPassword: PASSWORD, newPassword: PASSWORD }, 400, 'validation_failed', 'newPassword', { reason: 'accounts.same_password', params: {} }],
    [{ currentPassword: PASSWORD }, 400, 'validation_failed', 'newPassword', { reason: 'field.required', params: {} }],
    [{ newPassword: NEW_PASSWORD }, 400, 'validation_failed', 'currentPassword', { reason: 'field.required', params: {} }],
    [{ currentPassword: PASSWORD, newPassword: 42 }, 400, 'validation_failed', 'newPassword', { reason: 'field.not_text', params: {} }],
    [
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, email: 'x@example.org' },
      400,
      'validation_failed',
      'email',
      { reason: 'field.not_accepted', params: {} },
    ],
  ])('refuses %j with %d %s on %s (%j), and keeps the old password', async (body, status, code, field, problem) => {
    const email = `refused-${Math.random().toString(36).slice(2, 8)}@example.org`;
    await makeUser(t, { email });
    const here = await signedIn(email);
    const res = await t.as(here).put('/api/auth/me/password').send(body).expect(status);
    expect(res.body.code).toBe(code);
    expect(res.body.fields.find((f: { field: string }) => f.field === field).problems).toContainEqual(problem);
    await signIn(CLIENT_B, email, PASSWORD).expect(200);
  });

  it('asks anonymous callers to sign in', async () => {
    expect((await t.anon.put('/api/auth/me/password').send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }).expect(401)).body.code).toBe(
      'unauthenticated',
    );
  });
});

describe('CSRF check reads the parsed cookie', () => {
  it('refuses a state-changing request whose session cookie has a space before "=" from a foreign origin', async () => {
    await makeUser(t, { email: 'spaced.cookie@example.org' });
    const token = await signedIn('spaced.cookie@example.org');
    const spaced = (r: request.Test) => r.set('Cookie', `clapper_session =${token}`);
    const res = await spaced(request(server()).post('/api/auth/sessions/sign-out-others').set('Origin', 'https://evil.example')).expect(403);
    expect(res.body.code).toBe('csrf_origin');
    await spaced(request(server()).post('/api/auth/sign-out').set('Origin', 'https://evil.example')).expect(403);
    await spaced(request(server()).post('/api/auth/sign-out')).expect(403);
    // consistent with the session lookup, which reads the same parsed cookie: from our own origin it is signed in
    expect((await spaced(request(server()).get('/api/auth/me')).expect(200)).body.email).toBe('spaced.cookie@example.org');
    await spaced(request(server()).post('/api/auth/sessions/sign-out-others').set('Origin', ORIGIN)).expect(200);
    await t.as(token).get('/api/auth/me').expect(200);
  });

  it("lets a request without a session cookie through, even when another cookie's name merely ends in the session name", async () => {
    const res = await request(server())
      .post('/api/auth/sign-in')
      .set('Cookie', 'not_clapper_session=x')
      .send({ email: 'nobody@example.org', password: 'whatever-password' })
      .expect(401);
    expect(res.body.code).toBe('invalid_credentials');
  });
});
