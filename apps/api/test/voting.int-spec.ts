import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, makeUser, sessionFor } from './harness/factories.js';
import { makeTestVideo } from './harness/videos.js';
import { school } from './judging-fixtures.js';
import { User } from '../src/accounts/user.entity.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Category } from '../src/competitions/category.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { Consent } from '../src/consents/consent.entity.js';
import { Entry } from '../src/entries/entry.entity.js';
import { LicenceGrant, LicenceVersion } from '../src/entries/licence.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { RoundEntry } from '../src/judging/round-entry.entity.js';
import { AudienceVote } from '../src/voting/audience-vote.entity.js';
import { Subtitle, VideoAsset } from '../src/videos/video-asset.entity.js';
import { VotingService } from '../src/voting/voting.service.js';

/** The audience choice vote among the finalists, against the real API, Postgres and S3. */
let t: TestApp;
let dir: string;
let organiser: Client;
let organiserUser: User;
let competitionId: string;
let cat13: string;
let cat18: string;
/** finalists: two cleared ones in 13–17, one in 18–25; one 13–17 finalist not cleared; one cleared entry not in the final */
const e: Record<'a' | 'b' | 'c' | 'uncleared' | 'notFinalist', Entry> = {} as never;
const SECRETS: string[] = [];

const OPENS = new Date('2027-08-01T00:00:00Z');
const CLOSES = new Date('2027-08-15T00:00:00Z');
const INSIDE = new Date('2027-08-05T12:00:00Z');

/** A submitted entry with a named team; `cleared` adds the licence and every consent it needs to be shown in public. */
async function entry(n: number, categoryId: string, o: { cleared: boolean; finalist: boolean; roundId: string }): Promise<Entry> {
  const owner = await makeUser(t, { role: 'student', countryCode: 'TH', email: `owner${n}@example.org`, displayName: `Owner Person${n}` });
  const schoolId = await school(t, `Secret School ${n}`);
  const saved = await t.db.getRepository(Entry).save({
    code: `TH-${String(n).padStart(4, '0')}`,
    competitionId,
    categoryId,
    countryCode: 'TH',
    schoolId,
    ownerId: owner.id,
    title: `Phish story ${n}`,
    videoLanguage: 'th',
    supervisingTeacherName: `Teacher Hidden${n}`,
    supervisingTeacherEmail: `teacher${n}@example.org`,
    status: 'submitted',
    submittedAt: new Date('2027-03-10T00:00:00Z'),
    eligibility: 'eligible',
  });
  const adult = await t.db
    .getRepository(TeamMember)
    .save({ entryId: saved.id, fullName: `Adult Memberson${n}`, role: 'director', dateOfBirth: '2001-06-07', schoolName: `Secret School ${n}`, position: 0 });
  const minor = await t.db
    .getRepository(TeamMember)
    .save({ entryId: saved.id, fullName: `Minor Kidsworth${n}`, role: 'actor', dateOfBirth: '2012-09-08', schoolName: `Secret School ${n}`, position: 1 });
  SECRETS.push(
    owner.id,
    owner.email,
    'Owner Person',
    schoolId,
    `Secret School ${n}`,
    'Adult Memberson',
    'Minor Kidsworth',
    '2001-06-07',
    '2012-09-08',
    `Teacher Hidden${n}`,
    `teacher${n}@example.org`,
  );
  if (o.cleared) {
    const licence = await t.db.getRepository(LicenceVersion).findOneByOrFail({ competitionId });
    await t.db
      .getRepository(LicenceGrant)
      .insert({ entryId: saved.id, licenceVersionId: licence.id, acceptedBy: owner.id, acceptedAt: new Date('2027-03-10T00:00:00Z') });
    for (const m of [adult, minor])
      await t.db
        .getRepository(Consent)
        .insert({ entryId: saved.id, memberId: m.id, kind: 'participant', status: 'given', method: 'account', givenAt: new Date('2027-03-01T00:00:00Z') });
    await t.db.getRepository(Consent).insert({
      entryId: saved.id,
      memberId: minor.id,
      kind: 'guardian',
      status: 'given',
      method: 'email_link',
      givenByName: 'Guardian Secretname',
      givenAt: new Date('2027-03-02T00:00:00Z'),
    });
    SECRETS.push('Guardian Secretname');
  }
  if (o.finalist) await t.db.getRepository(RoundEntry).insert({ roundId: o.roundId, entryId: saved.id });
  return saved;
}

/** A real web rendition, poster and WebVTT in S3 for an entry, as processing leaves them. */
async function readyVideo(entryId: string): Promise<Buffer> {
  const web = await readFile(await makeTestVideo(dir, { width: 320, height: 240, seconds: 1 }));
  const base = `entries/${entryId}/video/${randomUUID()}`;
  await t.storage.put(`${base}/web.mp4`, Readable.from(web), { contentType: 'video/mp4', contentLength: web.length });
  await t.storage.put(`${base}/poster.jpg`, Readable.from(Buffer.from('poster')), { contentType: 'image/jpeg', contentLength: 6 });
  const vtt = Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nThink before you click\n');
  await t.storage.put(`entries/${entryId}/subtitles/en.vtt`, Readable.from(vtt), { contentType: 'text/vtt', contentLength: vtt.length });
  await t.db.getRepository(VideoAsset).insert({
    entryId,
    status: 'ready',
    originalKey: `${base}/original`,
    fileName: 'secret-file-name.mp4',
    uploadId: null,
    sizeBytes: web.length,
    sha256: null,
    probe: null,
    problems: null,
    webKey: `${base}/web.mp4`,
    posterKey: `${base}/poster.jpg`,
    durationSeconds: 1,
    width: 320,
    height: 240,
    progress: 1,
  });
  await t.db.getRepository(Subtitle).insert({ entryId, language: 'en', objectKey: `entries/${entryId}/subtitles/en.vtt`, cueCount: 1 });
  SECRETS.push('secret-file-name');
  return web;
}

/** A signed-in user; verified unless told otherwise. */
async function voter(o: { verified?: boolean; role?: 'student' | 'teacher' | 'coordinator' | 'judge' } = {}): Promise<{ client: Client; user: User }> {
  const { client, user } = await clientAs(t, { role: o.role ?? 'student', countryCode: 'JP' });
  if (o.verified !== false) await t.db.getRepository(User).update({ id: user.id }, { emailVerifiedAt: T0 });
  return { client, user };
}

const vote = (client: Client, categoryId: string, entryId: string) => client.put(`/api/competitions/${competitionId}/votes/${categoryId}`).send({ entryId });
const settings = { audienceVoting: true, votingOpensAt: OPENS.toISOString(), votingClosesAt: CLOSES.toISOString(), audienceWeight: 0.2 };

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(path.join(os.tmpdir(), 'voting-'));
  organiserUser = await makeUser(t, { role: 'organiser', countryCode: null });
  const c = await makeCompetition(t, {
    countryCodes: ['TH', 'JP'],
    categories: [
      { minAge: 13, maxAge: 17 },
      { minAge: 18, maxAge: 25 },
    ],
  });
  competitionId = c.id;
  const categories = await t.db.getRepository(Category).find({ where: { competitionId }, order: { position: 'ASC' } });
  [cat13, cat18] = [categories[0].id, categories[1].id];
  const final = await t.db.getRepository(Round).save({
    competitionId,
    kind: 'final',
    countryCode: null,
    opensAt: new Date('2027-07-01T00:00:00Z'),
    closesAt: new Date('2027-07-20T00:00:00Z'),
    rubric: DEFAULT_RUBRIC,
  });
  e.a = await entry(1, cat13, { cleared: true, finalist: true, roundId: final.id });
  e.b = await entry(2, cat13, { cleared: true, finalist: true, roundId: final.id });
  e.c = await entry(3, cat18, { cleared: true, finalist: true, roundId: final.id });
  e.uncleared = await entry(4, cat13, { cleared: false, finalist: true, roundId: final.id });
  e.notFinalist = await entry(5, cat13, { cleared: true, finalist: false, roundId: final.id });
});
afterAll(async () => {
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  t.clock.set(INSIDE);
  organiser = await fresh(organiserUser);
});

/** A new session at the clock's time (sessions last 7 days; these tests jump weeks). */
async function fresh(user: User): Promise<Client> {
  return t.as(await sessionFor(t, user));
}

describe('vote settings', () => {
  it('are set by organisers on the competition, validated, and shown in the competition', async () => {
    t.clock.set(T0);
    const url = `/api/competitions/${competitionId}`;
    const noWindow = await organiser.patch(url).send({ audienceVoting: true }).expect(400);
    const fieldMessages = (fields: { field: string; messages: string[] }[]) => fields.map((f) => [f.field, f.messages]);
    expect(fieldMessages(noWindow.body.fields)).toEqual([
      ['votingOpensAt', ['is required when the audience vote is on']],
      ['votingClosesAt', ['is required when the audience vote is on']],
    ]);
    const backwards = await organiser
      .patch(url)
      .send({ ...settings, votingOpensAt: CLOSES.toISOString(), votingClosesAt: OPENS.toISOString() })
      .expect(400);
    expect(fieldMessages(backwards.body.fields)).toEqual([['votingClosesAt', ['must come after voting opens']]]);
    for (const w of [1.5, -0.1, 'half'])
      expect(
        (
          await organiser
            .patch(url)
            .send({ ...settings, audienceWeight: w })
            .expect(400)
        ).body.fields.map((f: { field: string }) => f.field),
      ).toEqual(['audienceWeight']);
    expect(
      (
        await organiser
          .patch(url)
          .send({ ...settings, votingOpensAt: 'next week' })
          .expect(400)
      ).body.fields[0].field,
    ).toBe('votingOpensAt');
    // nothing was stored by the refused requests
    expect((await t.anon.get(url).expect(200)).body).toMatchObject({ audienceVoting: false, votingOpensAt: null, votingClosesAt: null, audienceWeight: 0 });

    const saved = (await organiser.patch(url).send(settings).expect(200)).body;
    expect(saved).toMatchObject({ audienceVoting: true, votingOpensAt: OPENS.toISOString(), votingClosesAt: CLOSES.toISOString(), audienceWeight: 0.2 });
    expect((await t.anon.get(url).expect(200)).body).toMatchObject({ audienceVoting: true, audienceWeight: 0.2 });
    // a partial change is checked against the stored window
    expect((await organiser.patch(url).send({ votingClosesAt: '2027-07-01T00:00:00Z' }).expect(400)).body.fields[0].field).toBe('votingClosesAt');
    expect((await organiser.patch(url).send({ audienceWeight: 0 }).expect(200)).body).toMatchObject({ audienceWeight: 0, audienceVoting: true });
    await organiser.patch(url).send({ audienceWeight: 0.2 }).expect(200);
    const audit = await t.db
      .getRepository(AuditEvent)
      .findOneOrFail({ where: { subjectId: competitionId, action: 'competition.updated' }, order: { id: 'DESC' } });
    expect(audit.after).toMatchObject({ audienceWeight: 0.2, audienceVoting: true });
    await (await voter({ role: 'coordinator' })).client.patch(url).send(settings).expect(403);
  });
});

describe('the ballot', () => {
  it('shows the window and, once open, the cleared finalists per category with their video and captions, never who made them', async () => {
    const web = await readyVideo(e.a.id);
    const { client, user } = await voter();
    t.clock.set('2027-07-30T00:00:00Z');
    const early = (await client.get(`/api/competitions/${competitionId}/vote`).expect(200)).body;
    expect(early).toMatchObject({
      audienceVoting: true,
      phase: 'not_open',
      canVote: false,
      cannotVoteReason: 'not_open',
      votingOpensAt: OPENS.toISOString(),
      categories: [],
    });
    expect(early).not.toHaveProperty('message');
    expect(early.votingClosesAt).toBe(CLOSES.toISOString());
    // organisers preview the ballot before it opens
    expect((await organiser.get(`/api/competitions/${competitionId}/vote`).expect(200)).body.categories).toHaveLength(2);

    t.clock.set(INSIDE);
    const ballot = (await client.get(`/api/competitions/${competitionId}/vote`).expect(200)).body;
    expect(ballot).toMatchObject({ phase: 'open', canVote: true, cannotVoteReason: null, countsPublished: false });
    expect(ballot.categories.map((x: { categoryId: string }) => x.categoryId)).toEqual([cat13, cat18]);
    const [first, second] = ballot.categories;
    // the uncleared finalist and the entry outside the final are not candidates
    expect(first.candidates.map((x: { entryId: string }) => x.entryId).sort()).toEqual([e.a.id, e.b.id].sort());
    expect(second.candidates.map((x: { entryId: string }) => x.entryId)).toEqual([e.c.id]);
    // until the results are out, a finalist is named as the blind final names it: no entry code, no country
    const codes = first.candidates.map((x: { code: string }) => x.code);
    expect(codes.every((code: string) => /^R2-\d{3,}$/.test(code))).toBe(true);
    expect(codes).toEqual([...codes].sort());
    expect(JSON.stringify(ballot)).not.toMatch(/TH-000\d|"TH"/);
    const a = first.candidates.find((x: { entryId: string }) => x.entryId === e.a.id);
    expect(Object.keys(a).sort()).toEqual(['code', 'countryCode', 'entryId', 'playback', 'posterUrl', 'subtitles', 'title', 'votes']);
    expect(a).toMatchObject({ entryId: e.a.id, title: 'Phish story 1', countryCode: null, votes: null });
    expect(first.candidates.find((x: { entryId: string }) => x.entryId === e.b.id)).toMatchObject({ playback: null, posterUrl: null, subtitles: [] });
    expect(first.myVote).toBeNull();

    // the short-lived links play: the web rendition with Range, and the captions
    const video = await fetch(a.playback.url, { headers: { Range: 'bytes=0-99' } });
    expect(video.status).toBe(206);
    expect(Buffer.from(await video.arrayBuffer())).toEqual(web.subarray(0, 100));
    expect(a.posterUrl).toBe(a.playback.posterUrl);
    expect(a.subtitles).toEqual([expect.objectContaining({ language: 'en', cueCount: 1 })]);
    expect(await (await fetch(a.subtitles[0].url)).text()).toContain('Think before you click');
    expect(new Date(a.playback.expiresAt).getTime() - INSIDE.getTime()).toBeLessThanOrEqual(15 * 60_000);

    // nothing a judge's blind view hides: names, dates of birth, emails, school, owner or school ids, file name
    const text = JSON.stringify(ballot);
    for (const secret of [...SECRETS, user.email]) expect(text).not.toContain(secret);
    for (const key of ['ownerId', 'schoolId', 'schoolName', 'fullName', 'dateOfBirth', 'email', 'members', 'synopsis']) expect(text).not.toContain(`"${key}`);
  });

  it('tells an unverified user how to verify, and refuses their vote with 403 email_not_verified', async () => {
    const { client } = await voter({ verified: false });
    const ballot = (await client.get(`/api/competitions/${competitionId}/vote`).expect(200)).body;
    expect(ballot).toMatchObject({ canVote: false, cannotVoteReason: 'email_not_verified' });
    expect(ballot).not.toHaveProperty('message');
    expect(ballot.categories[0].candidates).toHaveLength(2);
    const refused = await vote(client, cat13, e.a.id).expect(403);
    expect(refused.body).toMatchObject({ code: 'forbidden', reason: 'voting.email_not_verified', params: {} });
    expect(refused.body.message).toMatch(/verification email/);
    expect(await t.db.getRepository(AudienceVote).count({ where: { competitionId } })).toBe(0);
  });

  it('needs a signed-in user, and a published competition', async () => {
    await t.anon.get(`/api/competitions/${competitionId}/vote`).expect(401);
    await t.anon.put(`/api/competitions/${competitionId}/votes/${cat13}`).send({ entryId: e.a.id }).expect(401);
    const draft = await makeCompetition(t, { status: 'draft', audienceVoting: true, votingOpensAt: OPENS, votingClosesAt: CLOSES });
    const { client } = await voter();
    expect((await client.get(`/api/competitions/${draft.id}/vote`).expect(404)).body.code).toBe('not_found');
    await client.get(`/api/competitions/00000000-0000-4000-8000-000000000000/vote`).expect(404);
  });
});

describe('voting', () => {
  it('takes one vote per category, replaced on change, and removed on delete; audited', async () => {
    const { client, user } = await voter();
    const cast = (await vote(client, cat13, e.a.id).expect(200)).body;
    expect(cast).toEqual({ categoryId: cat13, entryId: e.a.id, updatedAt: INSIDE.toISOString() });
    t.clock.advance(60_000);
    expect((await vote(client, cat13, e.b.id).expect(200)).body.entryId).toBe(e.b.id);
    await vote(client, cat18, e.c.id).expect(200);
    const rows = await t.db.getRepository(AudienceVote).find({ where: { competitionId, userId: user.id } });
    expect(rows.map((r) => [r.categoryId, r.entryId]).sort()).toEqual(
      [
        [cat13, e.b.id],
        [cat18, e.c.id],
      ].sort(),
    );
    const ballot = (await client.get(`/api/competitions/${competitionId}/vote`).expect(200)).body;
    expect(ballot.categories.map((x: { myVote: string }) => x.myVote)).toEqual([e.b.id, e.c.id]);
    const audits = await t.db.getRepository(AuditEvent).find({ where: { actorId: user.id, action: 'vote.cast' }, order: { id: 'ASC' } });
    expect(audits.map((a) => [a.before, a.after])).toEqual([
      [null, { categoryId: cat13, entryId: e.a.id }],
      [
        { categoryId: cat13, entryId: e.a.id },
        { categoryId: cat13, entryId: e.b.id },
      ],
      [null, { categoryId: cat18, entryId: e.c.id }],
    ]);

    await client.delete(`/api/competitions/${competitionId}/votes/${cat13}`).expect(204);
    await client.delete(`/api/competitions/${competitionId}/votes/${cat13}`).expect(204);
    expect(await t.db.getRepository(AudienceVote).findOneBy({ competitionId, categoryId: cat13, userId: user.id })).toBeNull();
    expect(await t.db.getRepository(AuditEvent).count({ where: { actorId: user.id, action: 'vote.withdrawn' } })).toBe(1);
    await t.db.getRepository(AudienceVote).delete({ competitionId, userId: user.id });
  });

  it('keeps one vote per category per user under concurrent requests (the unique key)', async () => {
    const { client, user } = await voter();
    const results = await Promise.all([e.a.id, e.b.id, e.a.id, e.b.id].map((id) => vote(client, cat13, id)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(await t.db.getRepository(AudienceVote).count({ where: { competitionId, categoryId: cat13, userId: user.id } })).toBe(1);
    await expect(t.db.getRepository(AudienceVote).insert({ competitionId, categoryId: cat13, entryId: e.a.id, userId: user.id })).rejects.toThrow(
      /uq_audience_votes/,
    );
    await t.db.getRepository(AudienceVote).delete({ competitionId, userId: user.id });
  });

  it('accepts only a cleared finalist of the same category', async () => {
    const { client } = await voter();
    const otherCategory = await vote(client, cat18, e.a.id).expect(400);
    expect(otherCategory.body).toMatchObject({ reason: 'common.validation_failed', params: { fields: ['entryId'] } });
    expect(otherCategory.body.fields).toEqual([
      {
        field: 'entryId',
        messages: ["is a finalist of another category; vote for it in that category's ballot"],
        problems: [{ reason: 'voting.other_category', params: {} }],
      },
    ]);
    for (const id of [e.uncleared.id, e.notFinalist.id, '00000000-0000-4000-8000-000000000000']) {
      const field = (await vote(client, cat13, id).expect(400)).body.fields[0];
      expect(field.messages[0]).toMatch(/is not a finalist in this vote/);
      expect(field.problems).toEqual([{ reason: 'voting.not_a_finalist', params: {} }]);
    }
    await vote(client, cat13, 'not-an-id').expect(400);
    expect((await vote(client, '00000000-0000-4000-8000-000000000000', e.a.id).expect(404)).body.code).toBe('not_found');
    expect(await t.db.getRepository(AudienceVote).count({ where: { competitionId } })).toBe(0);
  });

  it('is open only inside the window (409 naming the window)', async () => {
    const { user } = await voter();
    let client = await fresh(user);
    t.clock.set(new Date(OPENS.getTime() - 1000));
    const early = await vote(client, cat13, e.a.id).expect(409);
    expect(early.body.message).toBe(`Voting is not open yet: it runs from ${OPENS.toUTCString()} to ${CLOSES.toUTCString()}.`);
    expect(early.body).toMatchObject({ reason: 'voting.not_open', params: { opensAt: OPENS.toISOString(), closesAt: CLOSES.toISOString() } });
    t.clock.set(OPENS);
    await vote(client, cat13, e.a.id).expect(200);
    t.clock.set(CLOSES);
    client = await fresh(user);
    const late = await vote(client, cat13, e.b.id).expect(409);
    expect(late.body.message).toBe(`Voting has closed: it ran from ${OPENS.toUTCString()} to ${CLOSES.toUTCString()}.`);
    expect(late.body).toMatchObject({ reason: 'voting.closed', params: { opensAt: OPENS.toISOString(), closesAt: CLOSES.toISOString() } });
    expect((await client.delete(`/api/competitions/${competitionId}/votes/${cat13}`).expect(409)).body).toMatchObject({
      reason: 'voting.closed',
      message: expect.stringMatching(/Voting has closed/),
    });
    expect((await t.db.getRepository(AudienceVote).findOneByOrFail({ competitionId, categoryId: cat13, userId: user.id })).entryId).toBe(e.a.id);
    expect((await client.get(`/api/competitions/${competitionId}/vote`).expect(200)).body).toMatchObject({
      phase: 'closed',
      canVote: false,
      cannotVoteReason: 'closed',
    });
    // a competition without a vote
    const none = await makeCompetition(t, { countryCodes: ['TH'] });
    const noneCategory = (await t.db.getRepository(Category).findOneByOrFail({ competitionId: none.id })).id;
    t.clock.set(INSIDE);
    expect((await client.put(`/api/competitions/${none.id}/votes/${noneCategory}`).send({ entryId: e.a.id }).expect(409)).body).toMatchObject({
      reason: 'voting.off',
      params: {},
      message: 'This competition has no audience vote.',
    });
    await t.db.getRepository(AudienceVote).delete({ competitionId, userId: user.id });
  });

  it('limits how often one account votes (429 with a message)', async () => {
    const { client } = await voter();
    for (let i = 0; i < 20; i++) await vote(client, cat13, i % 2 ? e.a.id : e.b.id).expect(200);
    const limited = await vote(client, cat13, e.a.id).expect(429);
    expect(limited.body).toMatchObject({ code: 'too_many_attempts', reason: 'common.too_many_attempts', params: { retryAfterSeconds: expect.any(Number) } });
    expect(limited.body.message).toMatch(/You have voted very often in the last minute\. Wait \d+ seconds/);
    await (await voter()).client.put(`/api/competitions/${competitionId}/votes/${cat13}`).send({ entryId: e.a.id }).expect(200);
    t.clock.advance(60_000);
    await vote(client, cat13, e.a.id).expect(200);
    await t.db.getRepository(AudienceVote).delete({ competitionId });
  });
});

describe('counts', () => {
  it('are hidden from everyone but organisers until the results are published, and right', async () => {
    await t.db.getRepository(AudienceVote).delete({ competitionId });
    const voters = await Promise.all([voter(), voter(), voter(), voter({ role: 'teacher' })]);
    await vote(voters[0].client, cat13, e.a.id).expect(200);
    await vote(voters[1].client, cat13, e.a.id).expect(200);
    await vote(voters[2].client, cat13, e.b.id).expect(200);
    await vote(voters[3].client, cat18, e.c.id).expect(200);
    await vote(voters[0].client, cat18, e.c.id).expect(200);
    const url = `/api/competitions/${competitionId}/votes/counts`;

    for (const who of [voters[0].client, (await voter({ role: 'coordinator' })).client, (await voter({ role: 'judge' })).client]) {
      const hidden = await who.get(url).expect(403);
      expect(hidden.body).toMatchObject({
        code: 'forbidden',
        reason: 'voting.counts_hidden',
        message: 'Vote counts stay hidden until the results are published.',
      });
    }
    await t.anon.get(url).expect(401);
    const ballot = (await voters[0].client.get(`/api/competitions/${competitionId}/vote`).expect(200)).body;
    expect(ballot.categories.flatMap((x: { candidates: { votes: unknown }[] }) => x.candidates.map((y) => y.votes))).toEqual([null, null, null]);

    const expected = [
      {
        categoryId: cat13,
        totalVotes: 3,
        entries: [
          { entryId: e.a.id, code: 'TH-0001', votes: 2 },
          { entryId: e.b.id, code: 'TH-0002', votes: 1 },
        ],
      },
      { categoryId: cat18, totalVotes: 2, entries: [{ entryId: e.c.id, code: 'TH-0003', votes: 2 }] },
    ];
    const forOrganiser = (await organiser.get(url).expect(200)).body;
    expect(forOrganiser).toMatchObject({ competitionId, published: false });
    // organisers also see the finalist that is not cleared for public showing
    expect(forOrganiser.categories[0].entries.map((x: { code: string; votes: number }) => [x.code, x.votes])).toEqual([
      ['TH-0001', 2],
      ['TH-0002', 1],
      ['TH-0004', 0],
    ]);
    expect(forOrganiser.categories[1]).toMatchObject(expected[1]);
    expect(await t.app.get(VotingService).votesByEntry(competitionId)).toEqual({ [e.a.id]: 2, [e.b.id]: 1, [e.c.id]: 2 });

    // sealed is not published
    await t.db.getRepository(Competition).update({ id: competitionId }, { resultsSealedAt: new Date('2027-08-20T00:00:00Z') });
    t.clock.set('2027-08-21T00:00:00Z');
    const reader = await fresh(voters[0].user);
    await reader.get(url).expect(403);
    await t.db.getRepository(Competition).update({ id: competitionId }, { resultsPublishedAt: new Date('2027-08-22T00:00:00Z') });
    await reader.get(url).expect(403);
    t.clock.set('2027-08-22T00:00:00Z');
    const published = (await reader.get(url).expect(200)).body;
    expect(published).toMatchObject({ competitionId, published: true, categories: expected });
    expect(JSON.stringify(published)).not.toContain('TH-0004');
    const after = (await reader.get(`/api/competitions/${competitionId}/vote`).expect(200)).body;
    expect(after.countsPublished).toBe(true);
    expect(after.categories.flatMap((x: { candidates: { votes: unknown }[] }) => x.candidates.map((y) => y.votes))).toEqual([2, 1, 2]);
    // once published, the ballot names the works by their own code and country
    expect(after.categories.flatMap((x: { candidates: { code: string; countryCode: string }[] }) => x.candidates.map((y) => [y.code, y.countryCode]))).toEqual([
      ['TH-0001', 'TH'],
      ['TH-0002', 'TH'],
      ['TH-0003', 'TH'],
    ]);
    await t.db.getRepository(Competition).update({ id: competitionId }, { resultsSealedAt: null, resultsPublishedAt: null });
  });
});
