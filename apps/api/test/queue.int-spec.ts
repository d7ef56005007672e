import { createTestApp, type TestApp } from './harness/test-app.js';
import { makeUser } from './harness/factories.js';
import { waitFor } from './harness/wait.js';
import { JobQueue } from '../src/queue/job-queue.js';
import { Session } from '../src/auth/session.entity.js';
import { SessionService } from '../src/auth/session.service.js';

/** The worker side: pg-boss on the real Postgres runs the jobs the API sends. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ APP_MODE: 'all' });
});
afterAll(() => t.close());

describe('background jobs', () => {
  it('runs the clean-up job in the worker: expired sessions go, live ones stay', async () => {
    const user = await makeUser(t);
    const live = await t.app.get(SessionService).create(user.id);
    t.clock.advance(-30 * 24 * 3600_000);
    const old = await t.app.get(SessionService).create(user.id);
    t.clock.advance(30 * 24 * 3600_000);
    expect(old.expiresAt.getTime()).toBeLessThan(t.clock.now().getTime());
    expect(await t.db.getRepository(Session).count({ where: { userId: user.id } })).toBe(2);

    await t.app.get(JobQueue).send('maintenance.purge-expired', {});
    await waitFor(
      'the worker to purge the expired session',
      async () => (await t.db.getRepository(Session).count({ where: { userId: user.id } })) === 1,
      20_000,
    );
    const [remaining] = await t.db.getRepository(Session).find({ where: { userId: user.id } });
    expect(remaining.expiresAt.toISOString()).toBe(live.expiresAt.toISOString());
    // pg-boss marks the job completed after its handler has returned: the purge is visible a moment before that
    const completed = await waitFor(
      'pg-boss to mark the purge job completed',
      async () => {
        const rows: { n: string }[] = await t.db.query(
          `SELECT count(*)::text AS n FROM pgboss.job WHERE name = 'maintenance.purge-expired' AND state = 'completed'`,
        );
        return Number(rows[0].n);
      },
      20_000,
    );
    expect(completed).toBeGreaterThanOrEqual(1);
  });
});
