import { In } from 'typeorm';
import { isMinor } from '@clapper/domain/age';
import { CONSENT_TEXT_VERSION } from '@clapper/domain/licence';
import { parseSubtitles } from '@clapper/domain/subtitles';
import { createTestApp, type TestApp } from './harness/test-app.js';
import { DEMO_ACCOUNTS, DEMO_COMPETITION_SLUG, seedDemo } from '../src/seed/demo-seed.js';
import { DEMO_PAST_JUDGE_ACCOUNTS, DEMO_TEAM_ACCOUNTS } from '../src/seed/demo-past-accounts.js';
import { DEMO_CLIP_SECONDS, DEMO_PAST_SLUG } from '../src/seed/demo-past-edition.js';
import { DEMO_LANGUAGES, demoName } from '../src/seed/demo-content.js';
import { PasswordService } from '../src/accounts/password.service.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { Consent } from '../src/consents/consent.entity.js';
import { LegalTextsService } from '../src/consents/legal-texts.service.js';
import { Entry } from '../src/entries/entry.entity.js';
import { LicenceGrant } from '../src/entries/licence.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';
import { Assignment } from '../src/judging/assignment.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { RoundEntry } from '../src/judging/round-entry.entity.js';
import { RoundJudge } from '../src/judging/round-judge.entity.js';
import { Scorecard } from '../src/judging/scorecard.entity.js';
import { MediaToolkit } from '../src/media/media-toolkit.js';
import { JobQueue } from '../src/queue/job-queue.js';
import { Award, AwardWinner } from '../src/results/award.entity.js';
import { Subtitle, VideoAsset } from '../src/videos/video-asset.entity.js';
import { VideosProcessor } from '../src/videos/video-processor.js';
import { LadderBackfill } from '../src/videos/video-ladder-backfill.js';
import { VideoLadder } from '../src/videos/video-ladder.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function signIn(email: string, password: string) {
  const res = await t.anon.post('/api/auth/sign-in').send({ email, password }).expect(200);
  const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${t.config.session.cookieName}=`));
  if (!cookie) throw new Error(`no session cookie for ${email}`);
  return { body: res.body, client: t.as(cookie.split(';')[0].split('=')[1]) };
}

async function read(key: string): Promise<string> {
  const { body } = await t.storage.get(key);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

describe('the demo seed', () => {
  it('seeds once: a published competition and an account per role that can sign in', async () => {
    const hash = (p: string) => t.app.get(PasswordService).hash(p);
    const services = { storage: t.storage, queue: t.app.get(JobQueue), media: t.app.get(MediaToolkit) };
    expect(await seedDemo(t.db, hash, new Date('2026-11-25T12:00:00Z'), services)).toBe(true);
    expect(await seedDemo(t.db, hash, new Date('2026-11-25T12:00:00Z'), services)).toBe(false);
    const competition = (await t.anon.get(`/api/competitions/${DEMO_COMPETITION_SLUG}`).expect(200)).body;
    expect(competition.status).toBe('published');
    expect(competition.countryCodes).toHaveLength(12);
    expect(competition.categories.map((c: { minAge: number }) => c.minAge)).toEqual([7, 13, 18]);
    // its consent and licence texts are approved in English, Japanese, Thai and Vietnamese (the rest Clapper's drafts)
    for (const slug of [DEMO_COMPETITION_SLUG, DEMO_PAST_SLUG]) {
      const { id } = await t.db.getRepository(Competition).findOneByOrFail({ slug });
      const approved = ['en', 'ja', 'th', 'vi'];
      expect(await t.app.get(LegalTextsService).approvedLanguages(id)).toEqual({
        participant_consent: approved,
        guardian_consent: approved,
        licence: approved,
      });
    }
    for (const account of DEMO_ACCOUNTS) {
      const res = await t.anon.post('/api/auth/sign-in').send({ email: account.email, password: account.password }).expect(200);
      if (account.role === 'teacher') {
        // the demo teacher's link to the school waits for the coordinator: no role until approved
        expect(res.body.roles).toEqual([]);
        expect(res.body.teacherRequest).toMatchObject({ status: 'pending', schoolName: 'Demo Secondary School', countryCode: 'TH' });
      } else expect(res.body.roles.map((r: { role: string }) => r.role)).toEqual([account.role]);
    }
  }, 120_000);

  describe('the judged 2026 edition', () => {
    let competitionId: string;
    let entries: Entry[];
    let final: Round;

    beforeAll(async () => {
      const competition = await t.db.getRepository(Competition).findOneByOrFail({ slug: DEMO_PAST_SLUG });
      competitionId = competition.id;
      entries = await t.db.getRepository(Entry).find({ where: { competitionId }, order: { code: 'ASC' } });
      final = await t.db.getRepository(Round).findOneByOrFail({ competitionId, kind: 'final' });
    });

    it('is a published, past competition in six countries with the three categories, results neither sealed nor published', async () => {
      const body = (await t.anon.get(`/api/competitions/${DEMO_PAST_SLUG}`).expect(200)).body;
      expect(body).toMatchObject({
        status: 'published',
        languages: DEMO_LANGUAGES,
        referenceDate: '2026-04-01',
        submissionPhase: 'closed',
        timeline: { ceremonyAt: null },
      });
      expect(body.name).toEqual(demoName(2026));
      expect([...body.countryCodes].sort()).toEqual(['ID', 'JP', 'MY', 'PH', 'TH', 'VN']);
      expect(body.categories.map((c: { minAge: number }) => c.minAge)).toEqual([7, 13, 18]);
      expect(new Date(body.timeline.submissionClosesAt).getTime()).toBeLessThan(new Date('2026-04-01T00:00:00Z').getTime());
      const row = await t.db.getRepository(Competition).findOneByOrFail({ id: competitionId });
      expect(row.resultsSealedAt).toBeNull();
      expect(row.resultsPublishedAt).toBeNull();
    });

    it('has six submitted, eligible finalists, one per country from its own school, owned by the team accounts', async () => {
      expect(entries.map((e) => e.code)).toEqual(['ID-0001', 'JP-0001', 'MY-0001', 'PH-0001', 'TH-0001', 'VN-0001']);
      expect(entries.every((e) => e.status === 'submitted' && e.eligibility === 'eligible' && e.submittedAt !== null && e.creditStyle === 'first_names')).toBe(
        true,
      );
      expect(new Set(entries.map((e) => e.schoolId)).size).toBe(6);
      const byCode = new Map(entries.map((e) => [e.code, e]));
      expect(byCode.get('TH-0001')!.title).toContain('คิดก่อนคลิก');
      expect(byCode.get('VN-0001')!.title).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
      expect(byCode.get('JP-0001')!.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      for (const e of entries) expect(e.synopsisEnglish.length).toBeGreaterThan(20);

      for (const account of DEMO_TEAM_ACCOUNTS) {
        const { body, client } = await signIn(account.email, account.password);
        expect(body.roles.map((r: { role: string }) => r.role)).toEqual(['student']);
        const entry = byCode.get(account.entryCode)!;
        expect(entry.countryCode).toBe(account.countryCode);
        expect((await client.get(`/api/entries/${entry.id}`).expect(200)).body.code).toBe(account.entryCode);
      }
    });

    it('has every consent given (guardians by link for the minors, among them the Thai director born in 2010) and the licence accepted', async () => {
      const ids = entries.map((e) => e.id);
      const members = await t.db.getRepository(TeamMember).find({ where: { entryId: In(ids) } });
      const consents = await t.db.getRepository(Consent).find({ where: { entryId: In(ids) } });
      for (const entry of entries) {
        const roster = members.filter((m) => m.entryId === entry.id);
        expect(roster.length).toBeGreaterThanOrEqual(1);
        expect(roster.length).toBeLessThanOrEqual(3);
        for (const member of roster) {
          expect(member.fullName).toMatch(/\S+ \S+/);
          const mine = consents.filter((c) => c.memberId === member.id);
          expect(mine.find((c) => c.kind === 'participant')).toMatchObject({ status: 'given', textVersion: CONSENT_TEXT_VERSION });
          const guardian = mine.find((c) => c.kind === 'guardian');
          if (isMinor(member.dateOfBirth, '2026-04-01'))
            expect(guardian).toMatchObject({ status: 'given', method: 'email_link', textVersion: CONSENT_TEXT_VERSION, textLanguage: 'en' });
          else expect(guardian).toBeUndefined();
        }
      }
      const thai = members.filter((m) => m.entryId === entries.find((e) => e.code === 'TH-0001')!.id);
      expect(thai.some((m) => m.dateOfBirth.startsWith('2010-') && isMinor(m.dateOfBirth, '2026-04-01'))).toBe(true);
      expect(await t.db.getRepository(LicenceGrant).count({ where: { entryId: In(ids) } })).toBe(6);
    });

    it('has English subtitles for all, the original language for TH, VN and JP, with cues inside the clip', async () => {
      const subtitles = await t.db.getRepository(Subtitle).find({ where: { entryId: In(entries.map((e) => e.id)) } });
      const languagesOf = (code: string) =>
        subtitles
          .filter((s) => s.entryId === entries.find((e) => e.code === code)!.id)
          .map((s) => s.language)
          .sort();
      expect(languagesOf('TH-0001')).toEqual(['en', 'th']);
      expect(languagesOf('VN-0001')).toEqual(['en', 'vi']);
      expect(languagesOf('JP-0001')).toEqual(['en', 'ja']);
      for (const code of ['PH-0001', 'MY-0001', 'ID-0001']) expect(languagesOf(code)).toEqual(['en']);
      for (const s of subtitles) {
        const parsed = parseSubtitles(await read(s.objectKey));
        if (!parsed.ok) throw new Error(`${s.objectKey} does not parse`);
        expect(parsed.format).toBe('vtt');
        expect(parsed.cues).toHaveLength(s.cueCount);
        expect(Math.max(...parsed.cues.map((c) => c.end))).toBeLessThanOrEqual(DEMO_CLIP_SECONDS);
      }
    });

    it('has a closed final with five judges, a mixed assignment of three per entry and 18 locked scorecards', async () => {
      expect(final).toMatchObject({ status: 'closed', judgesPerEntry: 3, countryQuota: 2 });
      expect(final.closedAt).not.toBeNull();
      expect(final.rubric.criteria.map((c) => c.key)).toContain('message');
      const panel = await t.db.getRepository(RoundJudge).find({ where: { roundId: final.id } });
      expect(panel).toHaveLength(5);
      const roundEntries = await t.db.getRepository(RoundEntry).find({ where: { roundId: final.id } });
      expect(roundEntries.map((re) => re.entryId).sort()).toEqual(entries.map((e) => e.id).sort());
      const assignments = await t.db.getRepository(Assignment).find({ where: { roundId: final.id } });
      expect(assignments).toHaveLength(18);
      const trios = roundEntries.map((re) =>
        assignments
          .filter((a) => a.roundEntryId === re.id)
          .map((a) => a.judgeId)
          .sort()
          .join(),
      );
      expect(trios.every((trio) => trio.split(',').length === 3)).toBe(true);
      expect(new Set(trios).size).toBe(6);
      const cards = await t.db.getRepository(Scorecard).find({ where: { roundId: final.id } });
      expect(cards).toHaveLength(18);
      for (const card of cards) {
        expect(card.status).toBe('locked');
        expect(card.submittedAt).not.toBeNull();
        expect(card.teamFeedback.length).toBeGreaterThan(10);
        expect(assignments.some((a) => a.roundEntryId === card.roundEntryId && a.judgeId === card.judgeId)).toBe(true);
      }
      for (const judge of DEMO_PAST_JUDGE_ACCOUNTS) {
        const { body, client } = await signIn(judge.email, judge.password);
        expect(body.roles).toEqual([expect.objectContaining({ role: 'judge', roundId: final.id })]);
        // the judge's list names the round as the organisers did, in every language of the edition (issue 17)
        const rounds = (await client.get('/api/judge/rounds').expect(200)).body as { id: string; name: Record<string, string> }[];
        expect(rounds).toEqual([
          expect.objectContaining({ id: final.id, name: expect.objectContaining({ th: 'รอบชิงชนะเลิศระดับภูมิภาค 2026', ta: 'பிராந்திய இறுதிச் சுற்று 2026' }) }),
        ]);
      }
    });

    it('queues the videos for processing like uploads, and the worker makes them ready', async () => {
      const assets = await t.db.getRepository(VideoAsset).find({ where: { entryId: In(entries.map((e) => e.id)) } });
      expect(assets).toHaveLength(6);
      expect(assets.every((a) => a.status === 'uploaded' && a.originalKey === `entries/${a.entryId}/video/${a.id}/original` && a.sha256?.length === 64)).toBe(
        true,
      );
      const jobs: { asset_id: string }[] = await t.db.query(`SELECT data->>'assetId' AS asset_id FROM pgboss.job WHERE name = 'video.process'`);
      expect(jobs.map((j) => j.asset_id).sort()).toEqual(assets.map((a) => a.id).sort());

      // this app runs no worker (APP_MODE=api): run the job's handler here, as the worker would
      const outcomes = await Promise.all(assets.map((a) => t.app.get(VideosProcessor).process(a.id)));
      expect(outcomes).toEqual(assets.map(() => 'ready'));
      const { client } = await signIn(DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password);
      for (const entry of entries) {
        const video = (await client.get(`/api/entries/${entry.id}/video`).expect(200)).body;
        expect(video).toMatchObject({ status: 'ready', problems: [] });
        expect(video.durationSeconds).toBeGreaterThanOrEqual(30);
        expect(entry.code === 'MY-0001' ? video.height > video.width : video.width > video.height).toBe(true);
      }
    }, 180_000);

    it('gives the six finalists their adaptive ladder through the backfill, as for videos processed before it existed (issue 18)', async () => {
      const repo = t.db.getRepository(VideoAsset);
      const ladder = t.app.get(VideoLadder);
      const assets = await repo.find({ where: { entryId: In(entries.map((e) => e.id)), status: 'ready' } });
      expect(assets).toHaveLength(6);
      // as they were before the ladder: the web rendition and the poster only
      for (const a of assets) {
        await ladder.remove(a.hlsKey);
        await repo.update({ id: a.id }, { hlsKey: null, hlsHash: null, hlsRungs: null, sprite: null });
      }
      expect(await t.app.get(LadderBackfill).run()).toEqual({ status: 'done', converted: 6, failed: 0, remaining: 0 });
      const { client } = await signIn(DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password);
      for (const entry of entries) {
        const asset = await repo.findOneByOrFail({ entryId: entry.id, status: 'ready' });
        // 640 × 360 clips (the Malaysian one upright, 360 × 640): 240p and 360p, never above the source
        expect(asset.hlsRungs!.map((r) => [r.name, r.width, r.height])).toEqual(
          entry.code === 'MY-0001'
            ? [
                ['240p', 240, 426],
                ['360p', 360, 640],
              ]
            : [
                ['240p', 426, 240],
                ['360p', 640, 360],
              ],
        );
        const stored = (await t.storage.list(asset.hlsKey!)).map((o) => o.key.slice(asset.hlsKey!.length));
        expect(stored).toEqual(expect.arrayContaining(['master.m3u8', '240p/index.m3u8', '360p/seg_00000.m4s', 'audio-64k/index.m3u8', 'sprite.jpg']));
        const video = (await client.get(`/api/entries/${entry.id}/video`).expect(200)).body;
        expect(video.playback.hls.rungs.map((r: { name: string }) => r.name)).toEqual(['240p', '360p']);
        const master = await t.anon.get(video.playback.hls.url.replace(/^https?:\/\/[^/]+/, '')).expect(200);
        expect(master.text).toContain('360p/index.m3u8');
      }
    }, 180_000);

    it('carries its texts, the rubric included, in every language of the edition, Chinese and Tamil too (issue 17)', async () => {
      const { client } = await signIn(DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password);
      const { languages, gaps } = (await client.get(`/api/competitions/${competitionId}/translations`).expect(200)).body as {
        languages: string[];
        gaps: { language: string; field: string }[];
      };
      expect(languages).toEqual(DEMO_LANGUAGES);
      expect(languages).toEqual(expect.arrayContaining(['zh-Hans', 'ta']));
      expect(gaps).toEqual([]);
      const open = (await t.anon.get(`/api/competitions/${DEMO_COMPETITION_SLUG}`).expect(200)).body as { id: string };
      expect((await client.get(`/api/competitions/${open.id}/translations`).expect(200)).body.gaps).toEqual([]);
      const final = (await client.get(`/api/rounds/${(await t.db.getRepository(Round).findOneByOrFail({ competitionId, kind: 'final' })).id}`).expect(200))
        .body;
      expect(final.name.th).toBe('รอบชิงชนะเลิศระดับภูมิภาค 2026');
      expect(final.rubric.criteria[0].name).toMatchObject({ 'zh-Hans': '安全信息', ta: 'பாதுகாப்புச் செய்தி' });
    });

    it('defines the four awards without winners, and the results suggest TH, then VN and JP, and PH for the best message', async () => {
      expect(await t.db.getRepository(Award).count({ where: { competitionId } })).toBe(4);
      expect(await t.db.getRepository(AwardWinner).count()).toBe(0);
      const { client } = await signIn(DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password);
      const body = (await client.get(`/api/competitions/${competitionId}/awards`).expect(200)).body;
      expect(body.publication).toMatchObject({ state: 'open', sealedAt: null, publishedAt: null, finalRoundId: final.id });
      const award = (kind: string) => body.awards.find((a: { kind: string }) => a.kind === kind);
      const suggested = (kind: string) =>
        award(kind).suggested.map((s: { code: string; place: number; forCountry: string | null }) => [s.code, s.place, s.forCountry]);
      expect(body.awards.map((a: { kind: string; name: { en: string; ja: string } }) => [a.kind, Boolean(a.name.en && a.name.ja)])).toEqual([
        ['grand_prize', true],
        ['runner_up', true],
        ['country_best', true],
        ['special', true],
      ]);
      expect(body.awards.every((a: { winners: unknown[] }) => a.winners.length === 0)).toBe(true);
      expect(suggested('grand_prize')).toEqual([['TH-0001', 1, null]]);
      expect(suggested('runner_up')).toEqual([
        ['VN-0001', 1, null],
        ['JP-0001', 2, null],
      ]);
      expect(suggested('country_best')).toEqual([
        ['ID-0001', 1, 'ID'],
        ['MY-0001', 1, 'MY'],
        ['PH-0001', 1, 'PH'],
      ]);
      expect(award('special').criterion).toBe('message');
      expect(suggested('special')).toEqual([['PH-0001', 1, null]]);
      expect(award('grand_prize').undecided).toEqual([]);
      expect(award('runner_up').undecided).toEqual([]);
      expect(award('special').undecided).toEqual([]);
    });
  });
});
