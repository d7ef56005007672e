import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LICENCE_BODY, DEFAULT_LICENCE_TITLE } from '@clapper/domain/licence';
import { RoleGrant } from '../src/accounts/role-grant.entity.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Consent } from '../src/consents/consent.entity.js';
import { MediaKitDownload } from '../src/campaigns/campaign.entity.js';
import { Entry } from '../src/entries/entry.entity.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import { T0, type Client, type TestApp } from './harness/test-app.js';
import { campaignsSuite, newCampaign, THAI_TITLE } from './campaigns-suite.js';
import { clientAs } from './harness/factories.js';
import { ffprobeReport } from './harness/videos.js';
import { eligibleEntry, school } from './judging-fixtures.js';
import { binary, clearedWork, ffprobeStreams, sha256, stored, storedFile, unzip, type Work } from './campaigns-fixtures.js';
import { allTags, IDENTIFYING, IDENTIFYING_PATTERN, makeTaggedVideo, streamHashes } from './tagged-video.js';

/** Campaigns on real Postgres, S3 and ffmpeg: collections of cleared works, their use log, media kits and withdrawals. */
const suite = campaignsSuite();
let t: TestApp;
let dir: string;
let competitionId: string;
let organiser: { client: Client; user: { id: string } };
let coordTH: { client: Client; user: { id: string } };
let coordJP: Client;
let thai: Work;
let english: Work;
let japanese: Work;
let clip: Buffer;
beforeAll(() => {
  ({ t, dir, competitionId, organiser, coordTH, coordJP, thai, english, japanese, clip } = suite);
});

const download = (client: Client, url: string) => client.get(url).buffer(true).parse(binary);
const codes = (works: { code: string }[]) => works.map((w) => w.code).sort();
const audits = (campaignId: string, action: string) =>
  t.db.getRepository(AuditEvent).find({ where: { subjectType: 'campaign', subjectId: campaignId, action } });

const campaign = (client: Client, body: Record<string, unknown> = {}) => newCampaign(client, competitionId, body);

describe('organisers', () => {
  it('build a regional campaign from cleared works; each work shows its licence, who accepted it and when, and its credits', async () => {
    const c = await campaign(organiser.client, { description: 'February spots' });
    expect(c).toMatchObject({
      countryCode: null,
      name: 'Safer Internet Day',
      description: 'February spots',
      createdByName: 'Olivia Organiser',
      works: [],
      counts: { works: 0, flagged: 0, uses: 0, downloads: 0 },
    });

    const candidates = (await organiser.client.get(`/api/campaigns/${c.id}/candidates`).expect(200)).body;
    expect(codes(candidates)).toEqual(codes([thai, english, japanese]));
    expect((await organiser.client.get(`/api/campaigns/${c.id}/candidates?q=ninja`).expect(200)).body.map((w: { code: string }) => w.code)).toEqual([
      japanese.code,
    ]);

    await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: thai.id }).expect(201);
    const detail = (await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: japanese.id }).expect(201)).body;
    expect(detail.counts).toEqual({ works: 2, flagged: 0, uses: 0, downloads: 0 });
    const work = detail.works.find((w: { entryId: string }) => w.entryId === thai.id);
    expect(work).toMatchObject({
      code: thai.code,
      title: THAI_TITLE,
      countryCode: 'TH',
      countryName: 'Thailand',
      cleared: true,
      flag: null,
      addedByName: 'Olivia Organiser',
      subtitleLanguages: ['en', 'th'],
      credits: { byline: 'Ananya and Krit', schools: [] },
      licence: { title: DEFAULT_LICENCE_TITLE, version: 1, acceptedByName: 'Ploy Owner', acceptedAt: T0.toISOString() },
    });
    expect(work.credits.attribution).toContain(`“${THAI_TITLE}” by Ananya and Krit (Thailand)`);
    const poster = await fetch(work.posterUrl);
    expect(Buffer.from(await poster.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    // the candidates no longer offer what is in the campaign
    expect(codes((await organiser.client.get(`/api/campaigns/${c.id}/candidates`).expect(200)).body)).toEqual([english.code]);

    const renamed = (await organiser.client.patch(`/api/campaigns/${c.id}`).send({ name: '  Safer Internet Day 2027 ' }).expect(200)).body;
    expect(renamed.name).toBe('Safer Internet Day 2027');
    await organiser.client.delete(`/api/campaigns/${c.id}/works/${japanese.id}`).expect(200);
    expect((await audits(c.id, 'campaign.created')).length).toBe(1);
    expect((await audits(c.id, 'campaign.updated'))[0]).toMatchObject({
      actorId: organiser.user.id,
      before: { name: 'Safer Internet Day' },
      after: { name: 'Safer Internet Day 2027' },
    });
    expect((await audits(c.id, 'campaign.work_added')).map((e) => (e.after as { entryId: string }).entryId).sort()).toEqual([thai.id, japanese.id].sort());
    expect((await audits(c.id, 'campaign.work_removed'))[0].before).toEqual({ entryId: japanese.id });

    await organiser.client.delete(`/api/campaigns/${c.id}`).expect(204);
    await organiser.client.get(`/api/campaigns/${c.id}`).expect(404);
    expect((await audits(c.id, 'campaign.deleted'))[0].before).toMatchObject({ name: 'Safer Internet Day 2027', entryIds: [thai.id] });
  });

  it("keep a country campaign to that country's works", async () => {
    const c = await campaign(organiser.client, { countryCode: 'TH' });
    expect(codes((await organiser.client.get(`/api/campaigns/${c.id}/candidates`).expect(200)).body)).toEqual(codes([thai, english]));
    const res = await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: japanese.id }).expect(422);
    expect(res.body).toMatchObject({
      code: 'rule_violation',
      reason: 'campaigns.other_country',
      params: { code: japanese.code, country: 'TH', entryCountry: 'JP' },
    });
    // the Thai coordinator reaches the organiser's Thai campaign
    await coordTH.client.get(`/api/campaigns/${c.id}`).expect(200);
    const other = await organiser.client.post('/api/campaigns').send({ competitionId, name: 'X', countryCode: 'SG' }).expect(400);
    expect(other.body.fields).toEqual([
      {
        field: 'countryCode',
        messages: ['is not a country of this competition'],
        problems: [{ reason: 'campaigns.country_not_in_competition', params: { country: 'SG' } }],
      },
    ]);
  });
});

describe('coordinators', () => {
  it("build their own country's campaigns only; another country's campaign or work is a 404", async () => {
    const c = await campaign(coordTH.client);
    expect(c.countryCode).toBe('TH');
    expect((await coordTH.client.post('/api/campaigns').send({ competitionId, name: 'Japan too', countryCode: 'JP' }).expect(403)).body).toMatchObject({
      code: 'forbidden',
      reason: 'campaigns.not_your_country',
      params: { countries: ['TH'] },
    });
    expect(codes((await coordTH.client.get(`/api/campaigns/${c.id}/candidates`).expect(200)).body)).toEqual(codes([thai, english]));
    await coordTH.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: english.id }).expect(201);
    expect((await coordTH.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: japanese.id }).expect(404)).body).toMatchObject({
      code: 'not_found',
      reason: 'common.not_found',
      params: { thing: 'work' },
    });

    const regional = await campaign(organiser.client, { name: 'Regional' });
    const japan = await campaign(coordJP, { name: 'Japan' });
    for (const id of [regional.id, japan.id]) {
      await coordTH.client.get(`/api/campaigns/${id}`).expect(404);
      await coordTH.client.patch(`/api/campaigns/${id}`).send({ name: 'Mine now' }).expect(404);
      await coordTH.client.delete(`/api/campaigns/${id}`).expect(404);
      await coordTH.client.get(`/api/campaigns/${id}/candidates`).expect(404);
      await coordTH.client.post(`/api/campaigns/${id}/works`).send({ entryId: thai.id }).expect(404);
      await coordTH.client.post(`/api/campaigns/${id}/uses`).send({ entryId: thai.id, channel: 'TV', usedOn: '2027-01-10' }).expect(404);
      await coordTH.client.get(`/api/campaigns/${id}/kit`).expect(404);
    }
    await coordJP.get(`/api/campaigns/${c.id}/works/${english.id}/kit`).expect(404);
    const listed = (await coordTH.client.get(`/api/campaigns?competitionId=${competitionId}`).expect(200)).body as { countryCode: string | null }[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((x) => x.countryCode === 'TH')).toBe(true);
    const all = (await organiser.client.get(`/api/campaigns?competitionId=${competitionId}`).expect(200)).body as { id: string }[];
    expect(all.map((x) => x.id)).toEqual(expect.arrayContaining([c.id, regional.id, japan.id]));
  });
});

describe('a coordinator of two countries', () => {
  it('says which country the campaign is for (the field names the choices)', async () => {
    const both = await clientAs(t, { role: 'coordinator', countryCode: 'TH' });
    await t.db.getRepository(RoleGrant).insert({ userId: both.user.id, role: 'coordinator', countryCode: 'JP' });
    const res = await both.client.post('/api/campaigns').send({ competitionId, name: 'Which one?' }).expect(400);
    expect(res.body.fields).toEqual([
      {
        field: 'countryCode',
        messages: [expect.stringMatching(/say which of your countries/)],
        problems: [{ reason: 'campaigns.country_needed', params: { countries: expect.arrayContaining(['TH', 'JP']) } }],
      },
    ]);
    await both.client.post('/api/campaigns').send({ competitionId, name: 'Japan', countryCode: 'JP' }).expect(201);
  });
});

describe('works that are not cleared', () => {
  it('are refused for what they lack now, each with its code: not submitted, the video not ready, a consent missing', async () => {
    const c = await campaign(organiser.client, { name: 'What is missing' });
    const add = (entryId: string) => organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId }).expect(422);

    const draft = await eligibleEntry(t, competitionId, 901, { schoolId: await school(t, 'Draft School') });
    await t.db.getRepository(Entry).update({ id: draft.id }, { status: 'draft' });
    expect((await add(draft.id)).body).toMatchObject({ reason: 'campaigns.not_submitted', params: { code: draft.code }, details: { entryId: draft.id } });

    const w = await clearedWork(t, competitionId, { countryCode: 'TH', title: 'Lock your screen', clip });
    await t.db.getRepository(VideoAsset).update({ entryId: w.id }, { status: 'processing' });
    expect((await add(w.id)).body).toMatchObject({ reason: 'campaigns.video_not_ready', params: { code: w.code } });
    await t.db.getRepository(VideoAsset).update({ entryId: w.id }, { status: 'ready' });

    await t.db.getRepository(Consent).delete({ entryId: w.id, kind: 'participant' });
    const missing = (await add(w.id)).body;
    expect(missing).toMatchObject({ code: 'rule_violation', reason: 'campaigns.consent_missing', params: { code: w.code } });
    expect(missing.message).toMatch(/consent .* is missing/);
  });
});

describe('media kits and the use log', () => {
  it("give one work's kit: the original, the rendition, the poster, every subtitle, the credits and the licence; the download is logged", async () => {
    const c = await campaign(coordTH.client, { name: 'School assemblies' });
    await coordTH.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: thai.id }).expect(201);
    const res = await download(coordTH.client, `/api/campaigns/${c.id}/works/${thai.id}/kit?channel=school%20assembly`).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const folder = `${thai.code} ${THAI_TITLE}`;
    expect(res.headers['content-disposition']).toBe(`attachment; filename=${thai.code}.zip; filename*=UTF-8''${encodeURIComponent(`${folder}.zip`)}`);

    const kit = await unzip(res.body as Buffer);
    expect(kit.names).toEqual(
      [
        `${folder}/CREDITS.txt`,
        `${folder}/LICENCE.txt`,
        `${folder}/original.mp4`,
        `${folder}/poster.jpg`,
        `${folder}/subtitles/en.vtt`,
        `${folder}/subtitles/th.vtt`,
        `${folder}/web.mp4`,
      ].sort(),
    );
    // the original's picture and sound, packet for packet, without its metadata
    expect(await streamHashes(path.join(kit.dir, 'out', `${folder}/original.mp4`))).toEqual(
      await streamHashes(await storedFile(t, thai.asset.originalKey, dir, 'thai-original.mp4')),
    );
    const web = await kit.read(`${folder}/web.mp4`);
    expect(sha256(web)).toBe(sha256(await stored(t, thai.asset.webKey!)));
    expect(web.equals(await kit.read(`${folder}/original.mp4`))).toBe(false);
    expect((await ffprobeStreams(path.join(kit.dir, 'out', `${folder}/web.mp4`))).map((s) => `${s.codec_type}:${s.codec_name}`)).toEqual([
      'video:h264',
      'audio:aac',
    ]);
    expect((await kit.read(`${folder}/poster.jpg`)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const th = (await kit.read(`${folder}/subtitles/th.vtt`)).toString('utf8');
    expect(th.startsWith('WEBVTT')).toBe(true);
    expect(th).toContain('อย่าคลิกลิงก์แปลก ๆ');
    expect((await kit.read(`${folder}/subtitles/en.vtt`)).toString('utf8')).toMatch(/^WEBVTT[\s\S]*Do not click strange links/);

    const credits = (await kit.read(`${folder}/CREDITS.txt`)).toString('utf8');
    expect(credits).toContain(`“${THAI_TITLE}” by Ananya and Krit (Thailand), Test Competition. Licensed under CC BY-NC 4.0`);
    expect(credits).toContain('Made by: Ananya and Krit');
    for (const secret of ['Srisuk', 'Boonmee', '2011-02-01', '2010-03-15', '@', 'Campaign School', 'Parent of']) expect(credits).not.toContain(secret);
    const licence = (await kit.read(`${folder}/LICENCE.txt`)).toString('utf8');
    expect(licence).toContain(`${DEFAULT_LICENCE_TITLE} (version 1)`);
    // the team as its credits name it, never the account's display name
    expect(licence).toContain(`Accepted for “${THAI_TITLE}” (${thai.code}) on behalf of its team, credited as Ananya and Krit, on 2027-01-15 03:00 UTC.`);
    expect(licence).not.toContain('Ploy');
    expect(licence).toContain(DEFAULT_LICENCE_BODY.trim());

    const logged = await t.db.getRepository(MediaKitDownload).find({ where: { campaignId: c.id } });
    expect(logged).toEqual([expect.objectContaining({ entryId: thai.id, userId: coordTH.user.id, channel: 'school assembly' })]);
    expect(Math.abs(logged[0].downloadedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect((await audits(c.id, 'campaign.kit_downloaded'))[0]).toMatchObject({
      actorId: coordTH.user.id,
      after: { kind: 'work', channel: 'school assembly', entryIds: [thai.id] },
    });

    const detail = (await coordTH.client.get(`/api/campaigns/${c.id}`).expect(200)).body;
    expect(detail.downloads).toEqual([
      expect.objectContaining({ entryId: thai.id, code: thai.code, userName: 'Thanom Coordinator', channel: 'school assembly' }),
    ]);
    expect(detail.works[0].downloads).toBe(1);
  });

  it('give the whole collection in one ZIP, one folder per work with its UTF-8 name, and log a download per work', async () => {
    const c = await campaign(organiser.client, { name: 'ASEAN รวมพลัง' });
    for (const w of [thai, english, japanese]) await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: w.id }).expect(201);
    const res = await download(organiser.client, `/api/campaigns/${c.id}/kit`).expect(200);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('ASEAN รวมพลัง media kit.zip')}`);
    expect(res.headers['content-disposition']).toContain('filename=campaign-media-kit.zip;');
    const kit = await unzip(res.body as Buffer);
    const folders = [...new Set(kit.names.map((n) => n.split('/')[0]))].sort();
    expect(folders).toEqual([`${japanese.code} Password Ninja`, `${thai.code} ${THAI_TITLE}`, `${english.code} Think before you click`].sort());
    expect(kit.names).toContain(`${thai.code} ${THAI_TITLE}/subtitles/th.vtt`);
    expect(kit.names).not.toContain('WITHHELD.txt');
    expect(await streamHashes(path.join(kit.dir, 'out', `${japanese.code} Password Ninja/original.mp4`))).toEqual(
      await streamHashes(await storedFile(t, japanese.asset.originalKey, dir, 'japanese-original.mp4')),
    );
    expect((await kit.read(`${japanese.code} Password Ninja/CREDITS.txt`)).toString()).toContain('by Haruto (Japan)');

    const logged = await t.db.getRepository(MediaKitDownload).find({ where: { campaignId: c.id } });
    expect(logged.map((d) => d.entryId).sort()).toEqual([thai.id, english.id, japanese.id].sort());
    expect(logged.every((d) => d.userId === organiser.user.id && d.channel === null)).toBe(true);
    expect(
      (await organiser.client.get(`/api/campaigns?competitionId=${competitionId}`).expect(200)).body.find((x: { id: string }) => x.id === c.id).counts,
    ).toEqual({
      works: 3,
      flagged: 0,
      uses: 0,
      downloads: 3,
    });
  });

  it('ship the original without its GPS, author, dates or chapters, re-encoding nothing, and name a minor only as the credits do', async () => {
    // a phone video, uploaded by an account carrying a minor's full name, for a team of minors
    const tagged = await readFile(await makeTaggedVideo(dir, 'mp4'));
    const work = await clearedWork(t, competitionId, {
      countryCode: 'TH',
      title: 'Behind the screen',
      clip: tagged,
      ownerName: 'Somchai Jaidee',
      members: [
        { fullName: 'Somchai Jaidee', role: 'director', dateOfBirth: '2010-06-12' },
        { fullName: 'Malee Srisuk', role: 'editor', dateOfBirth: '2009-11-20' },
      ],
    });
    // the stored original kept everything the phone wrote
    const storedOriginal = await storedFile(t, work.asset.originalKey, dir, 'tagged-original.mp4');
    expect(allTags(await ffprobeReport(storedOriginal)).join('\n')).toContain(IDENTIFYING.artist);
    // full names and the school are refused for minors; a choice stored before the rule could still hold them
    await work.owner.client.put(`/api/entries/${work.id}/credits`).send({ creditStyle: 'full_names', creditSchool: true }).expect(422);
    await t.db.getRepository(Entry).update({ id: work.id }, { creditStyle: 'full_names', creditSchool: true });

    const c = await campaign(organiser.client, { name: 'Phones' });
    await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: work.id }).expect(201);
    // kit folders already there (a run that was killed leaves its own) are not this download's
    const kitsBefore = new Set((await readdir(os.tmpdir())).filter((f) => f.startsWith('clapper-kit-')));
    const kit = await unzip((await download(organiser.client, `/api/campaigns/${c.id}/works/${work.id}/kit`).expect(200)).body as Buffer);
    const folder = `${work.code} Behind the screen`;
    const original = path.join(kit.dir, 'out', `${folder}/original.mp4`);
    const report = await ffprobeReport(original);
    expect(allTags(report).filter((tag) => IDENTIFYING_PATTERN.test(tag))).toEqual([]);
    expect(report.chapters ?? []).toEqual([]);
    expect(Object.keys(report.format.tags ?? {}).sort()).toEqual(['compatible_brands', 'major_brand', 'minor_version']);
    const bytes = await kit.read(`${folder}/original.mp4`);
    for (const secret of ['Somchai', 'Jaidee', '+35.6895']) expect(bytes.includes(Buffer.from(secret))).toBe(false);
    // not re-encoded: the same codecs and every packet identical
    expect(report.streams.map((x) => `${x.codec_type}:${x.codec_name}`)).toEqual(['video:h264', 'audio:aac']);
    expect(await streamHashes(original)).toEqual(await streamHashes(storedOriginal));
    expect(Number(report.format.duration)).toBeCloseTo(Number((await ffprobeReport(storedOriginal)).format.duration), 1);

    const credits = (await kit.read(`${folder}/CREDITS.txt`)).toString('utf8');
    expect(credits).toContain('Made by: Somchai and Malee\n');
    expect(credits).toContain('“Behind the screen” by Somchai and Malee (Thailand)');
    const licence = (await kit.read(`${folder}/LICENCE.txt`)).toString('utf8');
    expect(licence).toContain('on behalf of its team, credited as Somchai and Malee,');
    for (const text of [credits, licence])
      for (const secret of ['Jaidee', 'Srisuk', '2010-06-12', '2009-11-20', 'Campaign School', 'School:', '@']) expect(text).not.toContain(secret);
    // no temporary copy is left behind
    expect((await readdir(os.tmpdir())).filter((f) => f.startsWith('clapper-kit-') && !kitsBefore.has(f))).toEqual([]);
  }, 60_000);

  it('log every use of a work: campaign, channel and day; a campaign with a record of reuse is kept', async () => {
    const c = await campaign(coordTH.client, { name: 'TV' });
    await coordTH.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: english.id }).expect(201);
    await coordTH.client
      .post(`/api/campaigns/${c.id}/uses`)
      .send({ entryId: english.id, channel: ' national TV spot ', usedOn: '2027-01-12', note: 'Channel 3, 20:00' })
      .expect(201);
    const detail = (
      await coordTH.client.post(`/api/campaigns/${c.id}/uses`).send({ entryId: english.id, channel: 'school assembly', usedOn: '2027-01-14' }).expect(201)
    ).body;
    expect(detail.uses).toEqual([
      expect.objectContaining({
        entryId: english.id,
        code: english.code,
        channel: 'school assembly',
        usedOn: '2027-01-14',
        note: '',
        recordedByName: 'Thanom Coordinator',
      }),
      expect.objectContaining({ channel: 'national TV spot', usedOn: '2027-01-12', note: 'Channel 3, 20:00' }),
    ]);
    expect(detail.works[0].uses).toBe(2);
    expect(detail.counts.uses).toBe(2);
    expect((await audits(c.id, 'campaign.use_recorded')).map((e) => (e.after as { channel: string }).channel).sort()).toEqual([
      'national TV spot',
      'school assembly',
    ]);
    const kept = await coordTH.client.delete(`/api/campaigns/${c.id}`).expect(409);
    expect(kept.body).toMatchObject({ code: 'conflict', reason: 'campaigns.has_history', params: { uses: 2, downloads: 0 } });
  });
});

describe('withdrawal', () => {
  it('flags every campaign using the work, blocks its downloads and new uses, withholds it from collection kits and refuses it elsewhere', async () => {
    const second = await clearedWork(t, competitionId, { countryCode: 'TH', title: 'Stranger danger online', clip, subtitles: ['en'] });
    const a = await campaign(organiser.client, { name: 'A' });
    const b = await campaign(coordTH.client, { name: 'B' });
    for (const c of [a, b]) {
      await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: second.id }).expect(201);
      await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: english.id }).expect(201);
    }
    // the team records that Krit withdrew his consent, through the consents API
    const krit = second.members.find((m) => m.fullName === 'Krit Boonmee')!;
    t.clock.set('2027-01-15T09:00:00Z');
    await second.owner.client.delete(`/api/entries/${second.id}/members/${krit.id}/consent`).expect(200);

    for (const c of [a, b]) {
      const detail = (await organiser.client.get(`/api/campaigns/${c.id}`).expect(200)).body;
      const flagged = detail.works.find((w: { entryId: string }) => w.entryId === second.id);
      // the flag is a reason with its facts, never a sentence: the web says it in the reader's language
      expect(flagged).toMatchObject({ cleared: false, posterUrl: null });
      expect(flagged.flag).toEqual({ reason: 'consent_withdrawn', params: { code: second.code, on: '2027-01-15' }, since: '2027-01-15T09:00:00.000Z' });
      expect(detail.counts).toMatchObject({ works: 2, flagged: 1 });
    }
    const refused = await organiser.client.get(`/api/campaigns/${a.id}/works/${second.id}/kit`).expect(409);
    expect(refused.body).toMatchObject({
      code: 'conflict',
      reason: 'campaigns.consent_withdrawn',
      params: { code: second.code, on: '2027-01-15' },
      details: { entryId: second.id, since: '2027-01-15T09:00:00.000Z' },
    });
    expect(refused.body.message).toMatch(/cannot be downloaded/);

    const res = await download(coordTH.client, `/api/campaigns/${b.id}/kit?channel=assembly`).expect(200);
    const kit = await unzip(res.body as Buffer);
    expect(kit.names.some((n) => n.startsWith(second.code))).toBe(false);
    expect(kit.names).toContain(`${english.code} Think before you click/web.mp4`);
    const withheld = (await kit.read('WITHHELD.txt')).toString('utf8');
    expect(withheld).toContain(`${second.code} Stranger danger online: A consent was withdrawn on 2027-01-15`);
    expect(withheld).not.toContain('Krit');
    expect((await t.db.getRepository(MediaKitDownload).find({ where: { campaignId: b.id } })).map((d) => d.entryId)).toEqual([english.id]);

    // a use from before the withdrawal may still be recorded; none from the day of it on
    await organiser.client.post(`/api/campaigns/${a.id}/uses`).send({ entryId: second.id, channel: 'radio', usedOn: '2027-01-14' }).expect(201);
    expect(
      (await organiser.client.post(`/api/campaigns/${a.id}/uses`).send({ entryId: second.id, channel: 'radio', usedOn: '2027-01-15' }).expect(409)).body.reason,
    ).toBe('campaigns.consent_withdrawn');

    const elsewhere = await campaign(organiser.client, { name: 'C' });
    expect(codes((await organiser.client.get(`/api/campaigns/${elsewhere.id}/candidates`).expect(200)).body)).not.toContain(second.code);
    const added = await organiser.client.post(`/api/campaigns/${elsewhere.id}/works`).send({ entryId: second.id }).expect(422);
    expect(added.body).toMatchObject({ reason: 'campaigns.consent_withdrawn', params: { code: second.code, on: '2027-01-15' } });

    // a guardian's withdrawal through their link does the same
    const ananya = second.members.find((m) => m.fullName === 'Ananya Srisuk')!;
    t.clock.set('2027-01-17T09:00:00Z');
    await t.anon
      .post('/api/guardian-consents/withdraw')
      .send({ token: second.guardianTokens.get(ananya.id) })
      .expect(200);
    const again = (await organiser.client.get(`/api/campaigns/${a.id}`).expect(200)).body.works.find((w: { entryId: string }) => w.entryId === second.id);
    expect(again.flag).toEqual({ reason: 'consent_withdrawn', params: { code: second.code, on: '2027-01-17' }, since: '2027-01-17T09:00:00.000Z' });
  });

  it('flags a work whose entry the team withdrew', async () => {
    const c = await campaign(organiser.client, { name: 'D' });
    await organiser.client.post(`/api/campaigns/${c.id}/works`).send({ entryId: japanese.id }).expect(201);
    await japanese.owner.client.post(`/api/entries/${japanese.id}/withdraw`).expect(200);
    const res = await organiser.client.get(`/api/campaigns/${c.id}/works/${japanese.id}/kit`).expect(409);
    expect(res.body).toMatchObject({ reason: 'campaigns.entry_withdrawn', params: { code: japanese.code, on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
    expect((await organiser.client.get(`/api/campaigns/${c.id}/kit`).expect(409)).body).toMatchObject({ reason: 'campaigns.all_flagged', params: {} });
  });
});
