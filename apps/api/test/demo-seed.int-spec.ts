import { createTestApp, type TestApp } from './harness/test-app.js';
import { DEMO_ACCOUNTS, DEMO_COMPETITION_SLUG, seedDemo } from '../src/seed/demo-seed.js';
import { PasswordService } from '../src/accounts/password.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the demo seed', () => {
  it('seeds once: a published competition and an account per role that can sign in', async () => {
    const hash = (p: string) => t.app.get(PasswordService).hash(p);
    expect(await seedDemo(t.db, hash, new Date('2026-11-25T12:00:00Z'))).toBe(true);
    expect(await seedDemo(t.db, hash, new Date('2026-11-25T12:00:00Z'))).toBe(false);
    const competition = (await t.anon.get(`/api/competitions/${DEMO_COMPETITION_SLUG}`).expect(200)).body;
    expect(competition.status).toBe('published');
    expect(competition.countryCodes).toHaveLength(12);
    expect(competition.categories.map((c: { minAge: number }) => c.minAge)).toEqual([7, 13, 18]);
    for (const account of DEMO_ACCOUNTS) {
      const res = await t.anon.post('/api/auth/sign-in').send({ email: account.email, password: account.password }).expect(200);
      expect(res.body.roles.map((r: { role: string }) => r.role)).toEqual([account.role]);
    }
  });
});
