import { createTestApp, type TestApp } from './harness/test-app.js';
import { DomainError } from '../src/common/domain-error.js';
import { RATE_LIMITS, RateLimiter } from '../src/rate-limit/rate-limiter.js';

const HOUR = 3_600_000;
/** a well-formed token that matches no link: the guardian's and the invitation's pages answer 404 for it */
const NO_SUCH_TOKEN = 'A'.repeat(43);

let t: TestApp;
let limiter: RateLimiter;
beforeAll(async () => {
  // every bucket governed by AUTH_RATE_LIMIT_PER_MINUTE allows 3 a minute here; each test comes from its own addresses
  t = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3', UPLOAD_STARTS_PER_HOUR: '7', TRUST_PROXY: 'true' });
  limiter = t.app.get(RateLimiter);
});
afterAll(() => t.close());

const signIn = (from: string) =>
  t.anon.post('/api/auth/sign-in').set('X-Forwarded-For', from).send({ email: 'nobody@example.org', password: 'not-the-password' });

/** Runs `consume` and gives back its refusal, or null when it let the request through. */
async function refusalOf(consume: Promise<void>): Promise<DomainError | null> {
  try {
    await consume;
    return null;
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
}

describe('the limit of each bucket', () => {
  it('reads the configured ones from the configuration and keeps the fixed ones', () => {
    expect(limiter.limitOf('sign-in')).toBe(3);
    expect(limiter.limitOf('sign-up')).toBe(3);
    expect(limiter.limitOf('password')).toBe(3);
    expect(limiter.limitOf('invitation')).toBe(3);
    expect(limiter.limitOf('video-upload-start')).toBe(7);
    expect(limiter.limitOf('guardian-link')).toBe(RATE_LIMITS['guardian-link'].limit);
    expect(limiter.limitOf('guardian-mail')).toBe(3);
    expect(limiter.limitOf('export')).toBe(10);
  });
});

describe('endpoints (per client address)', () => {
  it('counts sign-in, sign-up and invitations apart: using up one leaves the others open', async () => {
    const from = '203.0.113.10';
    for (let i = 0; i < 3; i++) {
      const res = await signIn(from).expect(401);
      expect(res.headers['ratelimit-limit']).toBe('3');
      expect(res.headers['ratelimit-remaining']).toBe(String(2 - i));
    }
    const refused = await signIn(from).expect(429);
    expect(refused.body).toMatchObject({ code: 'too_many_attempts', reason: 'common.too_many_attempts', params: { retryAfterSeconds: expect.any(Number) } });
    expect(refused.headers['retry-after']).toBe(String(refused.body.params.retryAfterSeconds));
    expect(refused.headers['ratelimit-remaining']).toBe('0');

    const resend = await t.anon.post('/api/auth/sign-up/resend').set('X-Forwarded-For', from).send({ email: 'someone@example.org' }).expect(202);
    expect(resend.headers['ratelimit-limit']).toBe('3');
    expect(resend.headers['ratelimit-remaining']).toBe('2');
    const invitation = await t.anon.post('/api/invitations/preview').set('X-Forwarded-For', from).send({ token: NO_SUCH_TOKEN }).expect(404);
    expect(invitation.body).toMatchObject({ reason: 'accounts.invitation_invalid' });
    expect(invitation.headers['ratelimit-remaining']).toBe('2');
    // another address has its own count
    await signIn('203.0.113.11').expect(401);
    // the next minute opens sign-in again
    t.clock.advance(60_000);
    await signIn(from).expect(401);
  });

  it('does not limit the guardian consent pages by the sign-in limit, but by their own', async () => {
    const from = '203.0.113.20';
    for (let i = 0; i < 3; i++) await signIn(from).expect(401);
    await signIn(from).expect(429);
    const limit = RATE_LIMITS['guardian-link'].limit;
    expect(limit).toBeGreaterThan(3);
    const pages = ['preview', 'withdraw'] as const;
    for (let i = 0; i < limit; i++) {
      const res = await t.anon
        .post(`/api/guardian-consents/${pages[i % pages.length]}`)
        .set('X-Forwarded-For', from)
        .send({ token: NO_SUCH_TOKEN });
      expect(res.status).toBe(404);
      expect(res.headers['ratelimit-limit']).toBe(String(limit));
      expect(res.headers['ratelimit-remaining']).toBe(String(limit - 1 - i));
    }
    const refused = await t.anon.post('/api/guardian-consents/preview').set('X-Forwarded-For', from).send({ token: NO_SUCH_TOKEN }).expect(429);
    expect(refused.body).toMatchObject({ code: 'too_many_attempts', reason: 'common.too_many_attempts', params: { retryAfterSeconds: expect.any(Number) } });
    // sign-in is still refused on its own count, not reset by the guardian pages
    await signIn(from).expect(429);
  });
});

describe('RateLimiter (services)', () => {
  it('counts each bucket on its own for the same subject, with its own limit and window', async () => {
    const subject = 'subject-1';
    for (let i = 0; i < 3; i++) expect(await refusalOf(limiter.consume('guardian-mail', subject, () => 'guardian mails'))).toBeNull();
    const refused = await refusalOf(limiter.consume('guardian-mail', subject, (seconds, limit) => `${limit} guardian mails; wait ${seconds} s`));
    expect(refused).toMatchObject({
      code: 'too_many_attempts',
      reason: 'common.too_many_attempts',
      message: expect.stringMatching(/^3 guardian mails; wait \d+ s$/),
    });
    expect((refused!.params as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // the same subject in another bucket is untouched
    for (let i = 0; i < 5; i++) expect(await refusalOf(limiter.consume('sign-up-mail', subject, () => 'sign-up mails'))).toBeNull();
    expect(await refusalOf(limiter.consume('sign-up-mail', subject, () => 'sign-up mails'))).toMatchObject({ reason: 'common.too_many_attempts' });
    // an hour later both windows have passed
    t.clock.advance(HOUR);
    expect(await refusalOf(limiter.consume('guardian-mail', subject, () => 'guardian mails'))).toBeNull();
    expect(await refusalOf(limiter.consume('sign-up-mail', subject, () => 'sign-up mails'))).toBeNull();
  });

  it('counts a subject longer than a key holds (an email address) by its hash', async () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}`;
    expect(long.length).toBe(250);
    expect(await limiter.hit('password-reset-mail', long)).toMatchObject({ limit: 3, count: 1 });
    expect(await limiter.hit('password-reset-mail', long)).toMatchObject({ limit: 3, count: 2 });
    expect(await limiter.hit('password-reset-mail', `${long.slice(0, -1)}e`)).toMatchObject({ count: 1 });
  });

  it('purges the windows that have passed', async () => {
    await limiter.hit('vote-account', 'purged-subject');
    t.clock.advance(2 * HOUR);
    await limiter.hit('vote-account', 'kept-subject');
    await limiter.purge();
    const keys: { key: string }[] = await t.db.query(`SELECT key FROM rate_limit_hits WHERE key LIKE 'vote-account:%' ORDER BY key`);
    expect(keys).toEqual([{ key: 'vote-account:kept-subject' }]);
  });
});
