import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import { createTestApp, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { makeTestVideo } from './harness/videos.js';
import { leftovers, makeEntry, mp4Like, sendParts, startUpload } from './videos-fixtures.js';

/** Limits on browser uploads per account (their own settings here): uploads open at once, and starts per hour. */
let limited: TestApp;
let competition: Competition;
let dir: string;
let clip: Buffer;
const bytes = () => mp4Like(clip, 1000);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'videos-limits-'));
  clip = await readFile(await makeTestVideo(dir, { width: 640, height: 360, seconds: 1 }));
  limited = await createTestApp({ UPLOAD_MAX_OPEN_PER_ACCOUNT: '3', UPLOAD_STARTS_PER_HOUR: '8' });
  competition = await makeCompetition(limited, { countryCodes: ['TH'] });
});
afterAll(async () => {
  await limited?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('limits on browser uploads per account', () => {
  it('refuses a fourth open upload (409 too_many_open_uploads) until one is cancelled or completed; a new start on an entry replaces its unfinished one', async () => {
    const me = await clientAs(limited, { role: 'student', countryCode: 'TH' });
    const entries = await Promise.all(Array.from({ length: 5 }, () => makeEntry(limited, competition, me.user)));
    const open = [];
    for (const entry of entries.slice(0, 3)) open.push(await startUpload(me.client, entry.id, bytes()));

    const refused = await me.client
      .post(`/api/entries/${entries[3].id}/video/uploads`)
      .send({ fileName: 'a.mp4', sizeBytes: 1000, contentType: 'video/mp4' })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'conflict', reason: 'videos.too_many_open_uploads', params: { limit: 3 } });
    expect(await limited.db.getRepository(VideoAsset).findBy({ entryId: entries[3].id })).toEqual([]);
    expect(await leftovers(limited, entries[3].id)).toEqual({ objects: [], uploads: [] });

    // starting again on the first entry (another device, say) replaces the unfinished upload there
    const again = await startUpload(me.client, entries[0].id, bytes());
    expect((await limited.db.getRepository(VideoAsset).findBy({ entryId: entries[0].id })).map((a) => a.id)).toEqual([again.assetId]);
    expect(await leftovers(limited, entries[0].id)).toEqual({ objects: [], uploads: [again.key] });
    await me.client
      .post(`/api/entries/${entries[0].id}/video/uploads/${open[0].assetId}/parts`)
      .send({ partNumbers: [1] })
      .expect(404);

    // another account's uploads are its own
    const other = await clientAs(limited, { role: 'student', countryCode: 'TH' });
    await startUpload(other.client, (await makeEntry(limited, competition, other.user)).id, bytes());

    // a cancelled upload frees its place
    await me.client.delete(`/api/entries/${entries[1].id}/video/uploads/${open[1].assetId}`).expect(204);
    const fourth = await startUpload(me.client, entries[3].id, bytes());
    await me.client.post(`/api/entries/${entries[4].id}/video/uploads`).send({ fileName: 'a.mp4', sizeBytes: 1000, contentType: 'video/mp4' }).expect(409);
    // so does a completed one
    const parts = await sendParts(me.client, entries[3].id, fourth, bytes());
    await me.client.post(`/api/entries/${entries[3].id}/video/uploads/${fourth.assetId}/complete`).send({ parts }).expect(200);
    await startUpload(me.client, entries[4].id, bytes());
  });

  it('limits how many uploads an account starts per hour (429 with Retry-After), and allows them again the next hour', async () => {
    const me = await clientAs(limited, { role: 'student', countryCode: 'TH' });
    const entry = await makeEntry(limited, competition, me.user);
    for (let i = 0; i < 8; i++) {
      const started = await startUpload(me.client, entry.id, bytes());
      await me.client.delete(`/api/entries/${entry.id}/video/uploads/${started.assetId}`).expect(204);
    }
    const refused = await me.client
      .post(`/api/entries/${entry.id}/video/uploads`)
      .send({ fileName: 'a.mp4', sizeBytes: 1000, contentType: 'video/mp4' })
      .expect(429);
    expect(refused.body).toMatchObject({ code: 'too_many_attempts', reason: 'common.too_many_attempts' });
    expect(refused.body.params.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBe(refused.body.params.retryAfterSeconds);
    expect(await limited.db.getRepository(VideoAsset).findBy({ entryId: entry.id })).toEqual([]);
    limited.clock.advance(3_600_000);
    await startUpload(me.client, entry.id, bytes());
  });
});
