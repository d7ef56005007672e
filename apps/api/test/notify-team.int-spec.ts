import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import type { NotificationKind } from '@clapper/domain/notifications';
import { BUILT_IN_TEXTS } from '@clapper/domain/legal-texts-built-in';
import { createTestApp, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, makeUser } from './harness/factories.js';
import { lastMail, mailCount } from './harness/outbox.js';
import { makeAudioOnly, makeSrt, makeTestVideo } from './harness/videos.js';
import { guardianTokenFromOutbox } from './guardian-mail.js';
import { eligibleEntry, school } from './judging-fixtures.js';
import { User } from '../src/accounts/user.entity.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { Notification } from '../src/notifications/notification.entity.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import { VideosProcessor } from '../src/videos/video-processor.js';

/**
 * The messages to a team about its entry (issue 16 §1), read from the outbox as the person would: the submission
 * receipt, the video ready or rejected, the screening decision, and each consent (to the team, the country's
 * coordinators and the guardian), each in the reader's language, linking to the entry's page, with the in-app line;
 * and never to another team or another country's coordinator.
 */
let t: TestApp;
let dir: string;
let competition: Competition;
let categoryId: string;
const MIB = 1024 * 1024;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2027-01-15T03:00:00Z');
  dir = await mkdtemp(path.join(os.tmpdir(), 'notify-team-spec-'));
  competition = await makeCompetition(t, {
    countryCodes: ['TH', 'JP'],
    rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 1, maxFileSizeBytes: 20 * MIB },
    judgingOpensAt: new Date('2027-07-10T00:00:00Z'),
    judgingClosesAt: new Date('2027-07-31T00:00:00Z'),
    ceremonyAt: new Date('2027-09-01T10:00:00Z'),
  });
  categoryId = (await t.anon.get(`/api/competitions/${competition.id}`)).body.categories[0].id;
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

const entryUrl = (id: string) => `${t.config.publicUrl}/me/entries/${id}`;
const inApp = (userId: string, kind: NotificationKind) => t.db.getRepository(Notification).find({ where: { userId, kind }, order: { createdAt: 'ASC' } });
const allTo = (to: string) => t.db.getRepository(OutboxMessage).findBy({ to });

const draft = (o: Record<string, unknown> = {}) => ({
  competitionId: competition.id,
  categoryId,
  title: 'Think before you click',
  synopsisOriginal: 'เรื่องสั้นเกี่ยวกับฟิชชิง',
  synopsisEnglish: 'A short story about phishing.',
  videoLanguage: 'th',
  members: [
    { fullName: 'Ananya Srisuk', role: 'director', dateOfBirth: '2011-02-01' },
    { fullName: 'Krit Boonmee', role: 'actor', dateOfBirth: '2010-03-15' },
  ],
  ...o,
});

/** Uploads a file as the entry's video and runs the worker's job on it here. */
async function uploadAndProcess(client: Client, entryId: string, file: string) {
  await client
    .post(`/api/entries/${entryId}/video`)
    .attach('file', await readFile(file), { filename: 'Our film.mp4', contentType: 'video/mp4' })
    .expect(200);
  const { assetId } = (await client.get(`/api/entries/${entryId}/video`).expect(200)).body as { assetId: string };
  const outcome = await t.app.get(VideosProcessor).process(assetId);
  return { assetId, outcome };
}

describe('the submission receipt and the video', () => {
  it('tells the team (and its supervising teacher, in their own language) what was submitted and what happens next', async () => {
    const student = await clientAs(t, {
      role: 'student',
      countryCode: 'TH',
      schoolName: 'Notify School',
      locale: 'th',
      displayName: 'Nid',
      email: 'nid@example.org',
    });
    const teacher = await makeUser(t, { role: 'teacher', countryCode: 'TH', schoolName: 'Notify School', locale: 'ja', email: 'kru.somchai@example.org' });
    const outsider = await makeUser(t, { role: 'student', countryCode: 'TH', schoolName: 'Notify School', email: 'outsider@example.org' });
    const coordinator = await makeUser(t, { role: 'coordinator', countryCode: 'TH', email: 'coord.receipt@example.org' });
    const entry = (
      await student.client
        .post('/api/entries')
        .send(draft({ supervisingTeacherEmail: 'Kru.Somchai@example.org', supervisingTeacherName: 'Somchai' }))
        .expect(201)
    ).body as { id: string; code: string; members: { id: string; fullName: string }[] };

    // the video: ready, told once in Thai with its facts
    const clip = await makeTestVideo(dir, { width: 640, height: 360, seconds: 2 });
    const { assetId, outcome } = await uploadAndProcess(student.client, entry.id, clip);
    expect(outcome).toBe('ready');
    const ready = await lastMail(t, 'nid@example.org', 'entry.video_ready');
    expect(ready.subject).toBe('วิดีโอของ “Think before you click” พร้อมแล้ว');
    expect(ready.text).toContain(`วิดีโอที่คุณอัปโหลดสำหรับ ${entry.code} “Think before you click” (Test Competition) ผ่านการตรวจแล้ว`);
    expect(ready.text).toContain('วิดีโอ: 2 วินาที, 640 × 360 พิกเซล');
    expect(ready.text).toContain(entryUrl(entry.id));
    expect(ready.html).toContain('<html lang="th">');
    // the supervising teacher's account reads Japanese
    expect((await lastMail(t, 'kru.somchai@example.org', 'entry.video_ready')).subject).toBe('「Think before you click」の動画の準備ができました');
    // a retried job that runs the video again tells nobody twice
    await t.db.getRepository(VideoAsset).update({ id: assetId }, { status: 'uploaded', leaseOwner: null, leaseUntil: null });
    expect(await t.app.get(VideosProcessor).process(assetId)).toBe('ready');
    expect(await t.app.get(VideosProcessor).process(assetId)).toBe('skipped');
    expect(await mailCount(t, 'nid@example.org', 'entry.video_ready')).toBe(1);
    expect(await mailCount(t, 'kru.somchai@example.org', 'entry.video_ready')).toBe(1);

    // the rest of the checklist: subtitles, consents, guardians, licence
    for (const language of ['en', 'th'])
      await student.client
        .post(`/api/entries/${entry.id}/subtitles/${language}`)
        .attach('file', Buffer.from(makeSrt([{ start: 0, end: 1.5, text: 'Do not click strange links' }])), {
          filename: `${language}.srt`,
          contentType: 'application/x-subrip',
        })
        .expect(200);
    for (const m of entry.members) {
      await student.client.post(`/api/entries/${entry.id}/members/${m.id}/consent`).send({ agree: true }).expect(200);
      const guardianEmail = `guardian.${m.id.slice(0, 8)}@family.example.org`;
      await student.client.post(`/api/entries/${entry.id}/members/${m.id}/guardian-link`).send({ guardianEmail }).expect(200);
      const token = await guardianTokenFromOutbox(t, guardianEmail);
      await t.anon
        .post('/api/guardian-consents/give')
        .send({ token, guardianName: `Parent of ${m.fullName}`, relationship: 'mother', agree: true })
        .expect(200);
    }
    const licence = (await t.anon.get(`/api/competitions/${competition.id}/licence`).expect(200)).body as { id: string };
    await student.client.post(`/api/entries/${entry.id}/licence`).send({ licenceVersionId: licence.id }).expect(200);
    await student.client.post(`/api/entries/${entry.id}/submit`).expect(200);

    const receipt = await lastMail(t, 'nid@example.org', 'entry.submitted');
    expect(receipt.subject).toBe(`ได้รับแล้ว: “Think before you click” (${entry.code})`);
    const size = (await t.db.getRepository(VideoAsset).findOneByOrFail({ id: assetId })).sizeBytes!;
    expect(size).toBeLessThan(MIB);
    for (const line of [
      'สวัสดีคุณ Nid',
      'ผลงานของคุณสำหรับ Test Competition ส่งเรียบร้อยแล้ว',
      `รหัสผลงาน: ${entry.code}`,
      'ชื่อผลงาน: Think before you click',
      'ทีม: Ananya Srisuk และ Krit Boonmee',
      `วิดีโอ: 2 วินาที, 640 × 360 พิกเซล, ${Math.round(size / 1024)} kB`,
      'คำบรรยาย: อังกฤษและไทย',
      'ยอมรับสัญญาอนุญาตแล้ว: ฉบับที่ 1 เมื่อ 15 มกราคม 2570 เวลา 03:00 UTC',
      '1. ผู้ประสานงานของไทยจะตรวจว่าผลงานของคุณเป็นไปตามกติกา',
      '2. กรรมการจะให้คะแนนผลงานที่ผ่านเกณฑ์ตั้งแต่ 10 กรกฎาคม 2570 เวลา 00:00 UTC ถึง 31 กรกฎาคม 2570 เวลา 00:00 UTC',
      '3. จะประกาศผลในวันที่ 1 กันยายน 2570 เวลา 10:00 UTC',
      'จนกว่าช่วงส่งผลงานจะปิดในวันที่ 30 มิถุนายน 2570 เวลา 15:00 UTC',
      entryUrl(entry.id),
    ])
      expect(receipt.text).toContain(line);
    expect(receipt.html).toContain('<html lang="th">');
    expect(receipt.html).toContain(`<a href="${entryUrl(entry.id)}"`);
    const japanese = await lastMail(t, 'kru.somchai@example.org', 'entry.submitted');
    expect(japanese.subject).toBe(`受付完了：「Think before you click」（${entry.code}）`);
    expect(japanese.text).toContain('字幕：英語、タイ語');
    // the in-app line, with the facts the web renders
    const listed = await inApp(student.user.id, 'entry.submitted');
    expect(listed).toMatchObject([
      { path: `/me/entries/${entry.id}`, facts: { entryId: entry.id, entryCode: entry.code, title: 'Think before you click', competition: competition.name } },
    ]);
    expect(await inApp(teacher.id, 'entry.submitted')).toHaveLength(1);
    // nobody else hears of it
    expect(await allTo(outsider.email)).toEqual([]);
    expect(await mailCount(t, coordinator.email, 'entry.submitted')).toBe(0);
  });

  it('tells the team a rejected video, with each reason in their language, once', async () => {
    const student = await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: 'Reject School', locale: 'th', email: 'reject@example.org' });
    const entry = (await student.client.post('/api/entries').send(draft()).expect(201)).body as { id: string; code: string };
    const { assetId, outcome } = await uploadAndProcess(student.client, entry.id, await makeAudioOnly(dir));
    expect(outcome).toBe('rejected');
    const mail = await lastMail(t, 'reject@example.org', 'entry.video_rejected');
    expect(mail.subject).toBe('วิดีโอของ “Think before you click” ไม่ผ่าน');
    expect(mail.text).toContain(`เรารับวิดีโอที่คุณอัปโหลดสำหรับ ${entry.code} “Think before you click” (Test Competition) ไม่ได้ เพราะ:`);
    expect(mail.text).toContain('- ไฟล์นี้มีเสียงแต่ไม่มีภาพ');
    expect(mail.text).toContain(entryUrl(entry.id));
    expect(await inApp(student.user.id, 'entry.video_rejected')).toMatchObject([{ facts: { entryCode: entry.code, problems: ['no_video_stream'] } }]);
    // run again (a retried job): not told twice
    await t.db.getRepository(VideoAsset).update({ id: assetId }, { status: 'uploaded' });
    expect(await t.app.get(VideosProcessor).process(assetId)).toBe('rejected');
    expect(await mailCount(t, 'reject@example.org', 'entry.video_rejected')).toBe(1);
  });

  it('words a rejection with its facts: a video too short for the rules, its length and the limit in the reader’s words', async () => {
    const strict = await makeCompetition(t, { countryCodes: ['TH'], rules: { ...DEFAULT_ENTRY_RULES, minDurationSeconds: 30, maxFileSizeBytes: 20 * MIB } });
    const strictCategory = (await t.anon.get(`/api/competitions/${strict.id}`)).body.categories[0].id as string;
    const student = await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: 'Short School', locale: 'en', email: 'short@example.org' });
    const entry = (
      await student.client
        .post('/api/entries')
        .send(draft({ competitionId: strict.id, categoryId: strictCategory }))
        .expect(201)
    ).body as { id: string };
    const { outcome } = await uploadAndProcess(student.client, entry.id, await makeTestVideo(dir, { width: 640, height: 360, seconds: 2 }));
    expect(outcome).toBe('rejected');
    const mail = await lastMail(t, 'short@example.org', 'entry.video_rejected');
    expect(mail.text).toContain('- Your video is 2 seconds long; it must be at least 30 seconds. Make it longer and upload again.');
  });
});

describe('the screening decision', () => {
  async function submittedEntry(n: number, country = 'TH', locale = 'th') {
    const schoolId = await school(t, `Screening School ${n}`, country);
    const entry = await eligibleEntry(t, competition.id, 500 + n, { schoolId, countryCode: country, eligibility: 'pending' });
    const owner = await t.db.getRepository(User).findOneByOrFail({ id: entry.ownerId });
    await t.db.getRepository(User).update({ id: owner.id }, { locale });
    return { entry, owner };
  }

  it('tells the team eligible, ineligible with the reason, or the changes asked for with the deadline', async () => {
    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    const a = await submittedEntry(1);
    const b = await submittedEntry(2);
    const c = await submittedEntry(3, 'TH', 'ja');

    await coordinator.post(`/api/entries/${a.entry.id}/screening`).send({ decision: 'eligible' }).expect(200);
    const eligible = await lastMail(t, a.owner.email, 'entry.screened');
    expect(eligible.subject).toBe('“Phish story 501” ผ่านเกณฑ์แล้ว');
    expect(eligible.text).toContain('ผู้ประสานงานตรวจ TH-0501 “Phish story 501” สำหรับ Test Competition แล้ว ผลงานเป็นไปตามกติกาและจะเข้าสู่การตัดสิน');
    expect(eligible.text).toContain('กรรมการจะให้คะแนนผลงานที่ผ่านเกณฑ์ตั้งแต่ 10 กรกฎาคม 2570');
    expect(eligible.text).toContain(entryUrl(a.entry.id));
    expect(await inApp(a.owner.id, 'entry.screened')).toMatchObject([{ facts: { outcome: 'eligible', dueAt: null, entryCode: 'TH-0501' } }]);

    await coordinator
      .post(`/api/entries/${b.entry.id}/screening`)
      .send({ decision: 'ineligible', reason: 'The video is about a different topic.' })
      .expect(200);
    const ineligible = await lastMail(t, b.owner.email, 'entry.screened');
    expect(ineligible.subject).toBe('“Phish story 502” ไม่ผ่านเกณฑ์');
    expect(ineligible.text).toContain('เหตุผลจากผู้ประสานงาน:\nThe video is about a different topic.');
    expect(ineligible.text).toContain('ให้ครูของคุณติดต่อผู้ประสานงานของไทย');
    expect(await inApp(b.owner.id, 'entry.screened')).toMatchObject([{ facts: { outcome: 'ineligible' } }]);

    const dueAt = '2027-01-25T12:00:00.000Z';
    await coordinator
      .post(`/api/entries/${c.entry.id}/screening`)
      .send({ decision: 'changes_requested', message: 'Please add English subtitles.', dueAt })
      .expect(200);
    const changes = await lastMail(t, c.owner.email, 'entry.screened');
    expect(changes.subject).toBe('「Phish story 503」の修正のお願い');
    expect(changes.text).toContain('Please add English subtitles.');
    expect(changes.text).toContain('2027年1月25日 12:00 UTC までに再提出してください');
    expect(changes.html).toContain('<html lang="ja">');
    expect(await inApp(c.owner.id, 'entry.screened')).toMatchObject([{ facts: { outcome: 'changes_requested', dueAt } }]);
    // the supervising teacher named on the entries has no account: told at the address, in the owner's language
    expect((await lastMail(t, 'somchai@example.org', 'entry.screened')).subject).toBe('「Phish story 503」の修正のお願い');
  });

  it('tells each team once when entries are screened in bulk, and nobody else', async () => {
    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    const a = await submittedEntry(11);
    const b = await submittedEntry(12, 'TH', 'en');
    const other = await submittedEntry(13);
    await coordinator
      .post('/api/review/entries/bulk')
      .send({ action: 'eligible', entryIds: [a.entry.id, b.entry.id] })
      .expect(200);
    expect(await mailCount(t, a.owner.email, 'entry.screened')).toBe(1);
    expect(await mailCount(t, b.owner.email, 'entry.screened')).toBe(1);
    expect((await lastMail(t, b.owner.email, 'entry.screened')).subject).toBe('“Phish story 512” is eligible');
    expect(await mailCount(t, other.owner.email, 'entry.screened')).toBe(0);
  });
});

describe('consents', () => {
  it('tells the team, the coordinators of its country (not another’s) and the guardian, each in their language', async () => {
    const student = await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: 'Consent School', locale: 'th', email: 'consent.team@example.org' });
    const coordinatorTH = await makeUser(t, { role: 'coordinator', countryCode: 'TH', locale: 'ja', email: 'coord.th@example.org' });
    const coordinatorJP = await makeUser(t, { role: 'coordinator', countryCode: 'JP', email: 'coord.jp@example.org' });
    const entry = (await student.client.post('/api/entries').send(draft()).expect(201)).body as { id: string; code: string; members: { id: string }[] };
    const [ananya, krit] = entry.members;

    // the participant's own consent, recorded by the team
    await student.client.post(`/api/entries/${entry.id}/members/${ananya.id}/consent`).send({ agree: true }).expect(200);
    const recorded = await lastMail(t, 'consent.team@example.org', 'entry.consent_changed');
    expect(recorded.subject).toBe('บันทึกความยินยอมของ Ananya Srisuk แล้ว: “Think before you click”');
    expect(recorded.text).toContain(entryUrl(entry.id));
    const toCoordinator = await lastMail(t, 'coord.th@example.org', 'coordinator.consent_changed');
    expect(toCoordinator.subject).toBe(`${entry.code}「Think before you click」の同意の状況が変わりました`);
    expect(toCoordinator.text).toContain('Ananya Srisukさんが');
    expect(toCoordinator.text).toContain(`${t.config.publicUrl}/coordinate/TH/entries/${entry.id}`);
    expect(await inApp(coordinatorTH.id, 'coordinator.consent_changed')).toMatchObject([
      { facts: { consentKind: 'participant', status: 'given', entryCode: entry.code } },
    ]);
    expect(await allTo(coordinatorJP.email)).toEqual([]);

    // the guardian agrees through the link the team sent in Thai: a copy in Thai, with their page
    await student.client
      .post(`/api/entries/${entry.id}/members/${ananya.id}/guardian-link`)
      .send({ guardianEmail: 'malee@example.org', language: 'th' })
      .expect(200);
    const token = await guardianTokenFromOutbox(t, 'malee@example.org');
    // the Thai consent text, approved by an organiser, is the one the guardian reads and agrees to (issue 17)
    const organiser = (await clientAs(t, { role: 'organiser', countryCode: null })).client;
    const texts = (await organiser.get(`/api/competitions/${competition.id}/legal-texts`).expect(200)).body;
    const thai = texts.documents
      .find((d: { document: string }) => d.document === 'guardian_consent')
      .languages.find((l: { language: string }) => l.language === 'th');
    if (thai.draft)
      await organiser.post(`/api/competitions/${competition.id}/legal-texts/guardian_consent/th/approve`).send({ textId: thai.draft.id }).expect(200);
    await t.anon
      .post('/api/guardian-consents/give')
      .send({ token, guardianName: 'Malee Srisuk', relationship: 'mother', agree: true, language: 'th', textVersion: '2027-01' })
      .expect(200);
    const copy = await lastMail(t, 'malee@example.org', 'entry.consent_changed');
    expect(copy.subject).toBe('ความยินยอมของคุณสำหรับ Ananya Srisuk: “Think before you click”');
    expect(copy.text).toContain('สวัสดีคุณ Malee Srisuk');
    expect(copy.text).toContain('เมื่อ 15 มกราคม 2570 เวลา 03:00 UTC คุณยินยอมให้ Ananya Srisuk ร่วม Test Competition ด้วยวิดีโอ “Think before you click”');
    expect(copy.text).toContain('ข้อความความยินยอมที่คุณยอมรับ (ไทย ฉบับที่ 2027-01):');
    expect(copy.text).toContain(BUILT_IN_TEXTS.guardian_consent.th.body);
    expect(copy.text).toContain(`${t.config.publicUrl}/consent/${token}?lng=th`);
    expect(copy.html).toContain('<html lang="th">');
    expect((await lastMail(t, 'consent.team@example.org', 'entry.consent_changed')).subject).toBe(
      'ผู้ปกครองของ Ananya Srisuk ให้ความยินยอมแล้ว: “Think before you click”',
    );
    // ... and withdraws it: the team, the coordinator and the guardian hear of it
    await t.anon.post('/api/guardian-consents/withdraw').send({ token }).expect(200);
    expect((await lastMail(t, 'malee@example.org', 'entry.consent_changed')).subject).toBe('คุณถอนความยินยอมสำหรับ Ananya Srisuk แล้ว: “Think before you click”');
    const withdrawn = await lastMail(t, 'consent.team@example.org', 'entry.consent_changed');
    expect(withdrawn.text).toContain('ผู้ปกครองของ Ananya Srisuk ถอนความยินยอมสำหรับ');
    expect(await inApp(student.user.id, 'entry.consent_changed')).toHaveLength(3);
    expect((await inApp(student.user.id, 'entry.consent_changed')).map((n) => n.facts)).toMatchObject([
      { consentKind: 'participant', status: 'given' },
      { consentKind: 'guardian', status: 'given' },
      { consentKind: 'guardian', status: 'withdrawn' },
    ]);

    // another guardian declines, in English as the team chose
    await student.client
      .post(`/api/entries/${entry.id}/members/${krit.id}/guardian-link`)
      .send({ guardianEmail: 'dad.krit@example.org', language: 'en' })
      .expect(200);
    const declineToken = await guardianTokenFromOutbox(t, 'dad.krit@example.org');
    await t.anon.post('/api/guardian-consents/refuse').send({ token: declineToken, agree: false }).expect(200);
    const declined = await lastMail(t, 'dad.krit@example.org', 'entry.consent_changed');
    expect(declined.subject).toBe('You declined consent for Krit Boonmee: “Think before you click”');
    expect(declined.text).toContain('If you change your mind, you can still agree on this page:');
    expect((await lastMail(t, 'consent.team@example.org', 'entry.consent_changed')).text).toContain('ผลงานจะส่งไม่ได้หากไม่มีความยินยอมนี้');
    expect(await mailCount(t, 'coord.th@example.org', 'coordinator.consent_changed')).toBe(4);
    expect(await allTo(coordinatorJP.email)).toEqual([]);
  });

  it('tells the team when a coordinator accepts a signed form, and the country’s other coordinators, not the one who accepted it', async () => {
    const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const student = await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: 'Form School', locale: 'en', email: 'form.team@example.org' });
    const verifier = await clientAs(t, { role: 'coordinator', countryCode: 'TH', email: 'verifier.th@example.org' });
    const colleague = await makeUser(t, { role: 'coordinator', countryCode: 'TH', locale: 'th', email: 'colleague.th@example.org' });
    const entry = (await student.client.post('/api/entries').send(draft()).expect(201)).body as { id: string; code: string; members: { id: string }[] };
    const up = await student.client
      .post(`/api/entries/${entry.id}/members/${entry.members[0].id}/guardian-form`)
      .attach('file', PDF, { filename: 'consent.pdf', contentType: 'application/pdf' })
      .expect(200);
    const consentId = (up.body as { members: { guardianConsent: { id: string } }[] }).members[0].guardianConsent.id;
    await verifier.client.post(`/api/entries/${entry.id}/consents/${consentId}/verify`).send({ decision: 'accept' }).expect(200);

    const team = await lastMail(t, 'form.team@example.org', 'entry.consent_changed');
    expect(team.subject).toBe('The guardian of Ananya Srisuk gave consent: “Think before you click”');
    expect(team.text).toContain(
      `The guardian of Ananya Srisuk agreed that Ananya Srisuk takes part in ${entry.code} “Think before you click” (Test Competition)`,
    );
    const other = await lastMail(t, 'colleague.th@example.org', 'coordinator.consent_changed');
    expect(other.subject).toBe(`ความยินยอมของ ${entry.code} “Think before you click” มีการเปลี่ยนแปลง`);
    expect(other.text).toContain('คุณได้รับข้อความนี้ในฐานะผู้ประสานงานของไทย');
    expect(await inApp(colleague.id, 'coordinator.consent_changed')).toMatchObject([{ facts: { consentKind: 'guardian', status: 'given' } }]);
    expect(await mailCount(t, 'verifier.th@example.org', 'coordinator.consent_changed')).toBe(0);
  });
});
