import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, makeUser, sessionFor } from './harness/factories.js';
import { lastMail, mailCount, mailedToken } from './harness/outbox.js';
import { eligibleEntry, FULL, judgeOn, school, WINDOW } from './judging-fixtures.js';
import { makeEntry } from './videos-fixtures.js';
import { User } from '../src/accounts/user.entity.js';
import { WelcomeService } from '../src/accounts/welcome.service.js';
import { Consent } from '../src/consents/consent.entity.js';
import { Entry } from '../src/entries/entry.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';
import { TeamNotices } from '../src/entries/team-notices.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { Notification } from '../src/notifications/notification.entity.js';
import { NotificationOptOut } from '../src/notifications/notification-opt-out.entity.js';
import { StaffJobs } from '../src/notifications/staff/staff-jobs.js';

/**
 * The messages of issue 16 section 1 that are not about one entry's decisions: the welcome after the email check, the
 * judges' messages (queue ready, reminders before the window closes, the round closing), the teams' draft reminders and
 * the coordinators' daily digest. Each is read from the outbox, in the recipient's language; the scheduled ones run the
 * jobs' handlers at the moments the ManualClock is set to, and each is sent once.
 */
let t: TestApp;
let jobs: StaffJobs;
let organiser: Client;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(T0);
  jobs = t.app.get(StaffJobs);
  organiser = (await clientAs(t, { role: 'organiser', countryCode: null, displayName: 'Aiko Organiser' })).client;
});
afterAll(() => t.close());

const outbox = () => t.db.getRepository(OutboxMessage);
const inApp = (userId: string, kind: string) =>
  t.db.getRepository(Notification).find({ where: { userId, kind: kind as Notification['kind'] }, order: { createdAt: 'ASC' } });
const DAY = 24 * 3_600_000;
const HOUR = 3_600_000;

describe('the welcome', () => {
  it('follows the email check of a Thai sign-up, in Thai, once the address is confirmed, and only once', async () => {
    t.clock.set(T0);
    const email = 'nid.welcome@school.ac.th';
    await t.anon
      .post('/api/auth/sign-up')
      .send({
        email,
        password: 'violet-kettle-harbour-92',
        displayName: 'Nid',
        role: 'student',
        countryCode: 'TH',
        schoolName: 'Bangkok Riverside School',
        dateOfBirth: '2011-05-14',
        locale: 'th',
      })
      .expect(202);
    // the email check: plain text and HTML, in Thai; no welcome before the address is confirmed
    const check = await lastMail(t, email, 'sign-up-confirmation');
    expect(check.subject).toBe('ยืนยันอีเมลเพื่อสร้างบัญชี Clapper ให้เสร็จสมบูรณ์');
    expect(check.html).toContain('<html lang="th">');
    expect(await mailCount(t, email, 'account.welcome')).toBe(0);

    const token = await mailedToken(t, email, 'sign-up-confirmation', '/verify-email/');
    await t.anon.post('/api/auth/email-verification/confirm').send({ token }).expect(200);
    const welcome = await lastMail(t, email, 'account.welcome');
    expect(welcome.subject).toBe('ยินดีต้อนรับสู่ Clapper');
    expect(welcome.text).toContain('Nid');
    // what Clapper is for a student, how to enter, with links to the competitions and to their entries
    expect(welcome.text).toContain('เลือก “ส่งผลงานเข้าประกวด”');
    expect(welcome.text).toContain(`${t.config.publicUrl}/\n`);
    expect(welcome.text).toContain(`${t.config.publicUrl}/me/entries`);
    expect(welcome.html).toContain('<html lang="th">');
    expect(welcome.headers).toBeNull(); // a welcome cannot be switched off: no unsubscribe
    const user = await t.db.getRepository(User).findOneByOrFail({ email });
    expect(await inApp(user.id, 'account.welcome')).toMatchObject([{ path: '/me/entries', facts: {} }]);

    // the address confirmed again (a new verification link), or the welcome asked again: nothing more
    expect(await t.app.get(WelcomeService).welcome(user.id)).toBe('already_sent');
    expect(await mailCount(t, email, 'account.welcome')).toBe(1);
  });

  it('follows a sign-up finished through a password reset link instead (the link confirmed the address), as a teacher waiting for approval', async () => {
    t.clock.set(T0);
    const email = 'kru.reset@school.ac.th';
    await t.anon
      .post('/api/auth/sign-up')
      .send({ email, password: 'violet-kettle-harbour-92', displayName: 'Kru Nok', role: 'teacher', countryCode: 'TH', schoolName: 'Chiang Mai School' })
      .expect(202);
    await t.anon.post('/api/auth/password-reset').send({ email }).expect(202);
    const token = await mailedToken(t, email, 'password-reset', '/reset-password/');
    await t.anon.post('/api/auth/password-reset/confirm').send({ token, password: 'orchid-lantern-river-73' }).expect(200);
    const welcome = await lastMail(t, email, 'account.welcome');
    expect(welcome.subject).toBe('Welcome to Clapper');
    expect(welcome.text).toContain("On Clapper you register your school's teams");
    expect(welcome.text).toContain("Your link to Chiang Mai School is waiting for the approval of your country's coordinator.");
    expect(await mailCount(t, email, 'account.welcome')).toBe(1);
  });

  it('greets a judge who accepts an invitation in Japanese as a judge, in Japanese; an existing account accepting one gets none', async () => {
    t.clock.set(T0);
    const email = 'kenji.welcome@example.jp';
    await organiser.post('/api/invitations').send({ email, role: 'judge', countryCode: 'JP', language: 'ja' }).expect(201);
    const invitation = await lastMail(t, email, 'invitation');
    expect(invitation.html).toContain('<html lang="ja">');
    const token = await mailedToken(t, email, 'invitation', '/invite/');
    await t.anon.post('/api/invitations/accept').send({ token, displayName: 'Kenji', password: 'lotus-river-lantern-51' }).expect(200);
    // accepting confirmed the address (the link was mailed there): no separate email check, and the account reads Japanese
    expect(await t.db.getRepository(User).findOneByOrFail({ email })).toMatchObject({ locale: 'ja', signUpPending: false });
    expect(await mailCount(t, email, 'sign-up-confirmation')).toBe(0);
    const welcome = await lastMail(t, email, 'account.welcome');
    expect(welcome.subject).toBe('Clapperへようこそ');
    expect(welcome.text).toContain('審査員として、割り当てられた応募作品を視聴し');
    expect(welcome.text).toContain(`${t.config.publicUrl}/judge`);
    expect(welcome.html).toContain('<html lang="ja">');

    // someone who already has an account adds the role: no welcome
    const existing = await makeUser(t, { role: 'judge', email: 'has.account@example.jp', countryCode: 'JP', locale: 'ja' });
    await organiser.post('/api/invitations').send({ email: existing.email, role: 'coordinator', countryCode: 'JP' }).expect(201);
    const second = await mailedToken(t, existing.email, 'invitation', '/invite/');
    await t
      .as(await sessionFor(t, existing))
      .post('/api/invitations/accept')
      .send({ token: second })
      .expect(200);
    expect(await mailCount(t, existing.email, 'account.welcome')).toBe(0);
  });
});

/** A national round for TH with `n` eligible entries, these judges on its panel and one judge per entry, open at T0. */
async function thaiRound(n: number, judges: { name: string; locale: string }[]) {
  const competition = await makeCompetition(t, { countryCodes: ['TH', 'JP'] });
  const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
  const s = await school(t, `Round School ${competition.id.slice(0, 6)}`);
  for (let i = 1; i <= n; i++) await eligibleEntry(t, competition.id, i, { schoolId: s });
  const round = (
    await coordinator
      .post('/api/rounds')
      .send({ competitionId: competition.id, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: 1 })
      .expect(201)
  ).body as { id: string };
  const panel = [];
  for (const j of judges) {
    const judge = await judgeOn(t, round.id, { name: j.name });
    await t.db.getRepository(User).update({ id: judge.user.id }, { locale: j.locale });
    panel.push(judge);
  }
  return { competition, coordinator, round, panel };
}

async function scoreQueue(roundId: string, judge: { client: Client }): Promise<number> {
  const items: { roundEntryId: string }[] = (await judge.client.get(`/api/judge/rounds/${roundId}/queue`).expect(200)).body.items;
  for (const item of items)
    await judge.client
      .post(`/api/judge/rounds/${roundId}/entries/${item.roundEntryId}/scorecard/submit`)
      .send({ version: 0, scores: FULL, teamFeedback: 'Clear message.', privateNote: '' })
      .expect(200);
  return items.length;
}

describe("the judges' messages", () => {
  it('tell each judge their queue is ready once the open round assigns them entries, in their language, once; a judge added later too', async () => {
    t.clock.set(T0);
    const { coordinator, round, panel } = await thaiRound(4, [
      { name: 'Kenji', locale: 'ja' },
      { name: 'Beth', locale: 'en' },
    ]);
    await coordinator.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    // open, but nobody has entries yet: nothing to say
    expect(await mailCount(t, panel[0].user.email, 'judge.assignment_ready')).toBe(0);
    await coordinator.post(`/api/rounds/${round.id}/assignment`).expect(200);

    const kenji = await lastMail(t, panel[0].user.email, 'judge.assignment_ready');
    expect(kenji.subject).toBe('採点する作品の準備ができました：テストコンテスト タイ国内審査');
    expect(kenji.text).toContain('で採点する作品は2件です。');
    expect(kenji.text).toContain('審査の締め切りは2027年2月1日');
    expect(kenji.text).toContain(`${t.config.publicUrl}/judge/rounds/${round.id}`);
    expect(kenji.html).toContain('<html lang="ja">');
    const beth = await lastMail(t, panel[1].user.email, 'judge.assignment_ready');
    expect(beth.text).toContain('You have 2 entries to score in National round of Thailand, Test Competition.');
    expect(await inApp(panel[0].user.id, 'judge.assignment_ready')).toMatchObject([
      {
        path: `/judge/rounds/${round.id}`,
        facts: { roundId: round.id, roundKind: 'national', countryCode: 'TH', assigned: 2, closesAt: WINDOW.closesAt.replace('Z', '.000Z') },
      },
    ]);

    // the assignment runs again: nobody hears twice; a judge joining the open round hears once they get entries
    await coordinator.post(`/api/rounds/${round.id}/assignment`).expect(200);
    const late = await judgeOn(t, round.id, { name: 'Late' });
    await coordinator.post(`/api/rounds/${round.id}/assignment`).expect(200);
    expect(await mailCount(t, panel[0].user.email, 'judge.assignment_ready')).toBe(1);
    expect(await mailCount(t, panel[1].user.email, 'judge.assignment_ready')).toBe(1);
    expect(await mailCount(t, late.user.email, 'judge.assignment_ready')).toBe(1);
  });

  it('remind a judge behind schedule 3 days and 1 day before the window closes, once each; a judge on pace hears nothing', async () => {
    t.clock.set(T0);
    const { coordinator, round, panel } = await thaiRound(4, [
      { name: 'Kenji', locale: 'ja' },
      { name: 'Beth', locale: 'en' },
    ]);
    await coordinator.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    await coordinator.post(`/api/rounds/${round.id}/assignment`).expect(200);
    expect(await scoreQueue(round.id, panel[1])).toBe(2); // Beth is done; Kenji has scored nothing
    const closesAt = Date.parse(WINDOW.closesAt);
    const reminders = (to: string) => outbox().find({ where: { to, kind: 'judge.reminder' }, order: { createdAt: 'ASC' } });

    t.clock.set(new Date(closesAt - 4 * DAY)); // Kenji is behind, but it is not yet time
    await jobs.reminders();
    expect(await reminders(panel[0].user.email)).toHaveLength(0);

    t.clock.set(new Date(closesAt - 3 * DAY + HOUR));
    await jobs.reminders();
    await jobs.reminders(); // the next hour's run, or another worker's: nothing more
    t.clock.set(new Date(closesAt - 2 * DAY));
    await jobs.reminders();
    const first = await reminders(panel[0].user.email);
    expect(first).toHaveLength(1);
    expect(first[0].subject).toBe('Clapper：未採点の動画が2本あります');
    expect(first[0].text).toContain('審査ラウンド：テストコンテスト タイ国内審査');
    expect(first[0].text).toContain(`${t.config.publicUrl}/judge/rounds/${round.id}`);
    // a reminder can be switched off: one-click unsubscribe (RFC 8058) and a link in the text
    expect(first[0].headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(first[0].text).toContain(`${t.config.publicUrl}/unsubscribe/`);

    t.clock.set(new Date(closesAt - 20 * HOUR));
    await jobs.reminders();
    await jobs.reminders();
    expect(await reminders(panel[0].user.email)).toHaveLength(2);
    expect(await inApp(panel[0].user.id, 'judge.reminder')).toMatchObject([{ facts: { left: 2 } }, { facts: { left: 2 } }]);
    // Beth, on pace, was never reminded
    expect(await reminders(panel[1].user.email)).toHaveLength(0);

    // the round closes: each judge hears it, with what they submitted, in their language; the window is over, no more reminders
    const later = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client; // signed in now: two weeks have passed
    await later.post(`/api/rounds/${round.id}/close`).send({ force: true }).expect(200);
    const closed = await lastMail(t, panel[0].user.email, 'judge.round_closed');
    expect(closed.subject).toBe('審査が終了しました：テストコンテスト タイ国内審査');
    expect(closed.text).toContain('提出した採点票：0件');
    expect((await lastMail(t, panel[1].user.email, 'judge.round_closed')).text).toContain('You submitted 2 scorecards.');
    expect(await inApp(panel[1].user.id, 'judge.round_closed')).toMatchObject([{ facts: { roundId: round.id, submitted: 2 } }]);
    t.clock.set(new Date(closesAt - 2 * HOUR));
    await jobs.reminders();
    expect(await reminders(panel[0].user.email)).toHaveLength(2);
  });

  it('invite a judge to a round with its brief (round, window, workload) in the language chosen, with an HTML part', async () => {
    t.clock.set(T0);
    const { round } = await thaiRound(4, [{ name: 'Beth', locale: 'en' }]);
    const email = 'haruka.invited@example.jp';
    await organiser.post('/api/invitations').send({ email, role: 'judge', roundId: round.id, countryCode: 'JP', language: 'ja' }).expect(201);
    const invitation = await lastMail(t, email, 'invitation');
    expect(invitation.text).toContain('審査ラウンド：テストコンテスト タイ国内審査');
    expect(invitation.text).toContain('審査期間：2027年1月1日');
    // 4 entries, each scored by 1 judge, shared with the judge already on the panel
    expect(invitation.text).toContain('担当する作品数：約2件（ラウンド全体で4件、各作品を1人の審査員が採点）');
    expect(invitation.html).toContain('<html lang="ja">');
    expect(invitation.html).toContain('審査ラウンド：テストコンテスト タイ国内審査');
  });

  it("send a manager's reminder through the same path: a judge who switched judging reminders off is skipped", async () => {
    t.clock.set(T0);
    const { coordinator, round, panel } = await thaiRound(2, [
      { name: 'Kenji', locale: 'ja' },
      { name: 'Beth', locale: 'en' },
    ]);
    await coordinator.post(`/api/rounds/${round.id}/open`).send({ confirm: true }).expect(200);
    await coordinator.post(`/api/rounds/${round.id}/assignment`).expect(200);
    await t.db.getRepository(NotificationOptOut).insert({ userId: panel[1].user.id, topic: 'judging_reminders' });
    const sent = (
      await coordinator
        .post(`/api/rounds/${round.id}/reminders`)
        .send({ judgeIds: [panel[0].user.id, panel[1].user.id] })
        .expect(200)
    ).body;
    expect(sent).toEqual({ reminded: [panel[0].user.id], skipped: [panel[1].user.id] });
    expect((await lastMail(t, panel[0].user.email, 'judge.reminder')).subject).toBe('Clapper：未採点の動画が1本あります');
    expect(await mailCount(t, panel[1].user.email, 'judge.reminder')).toBe(0);
  });
});

describe("the teams' draft reminders", () => {
  it('remind the owner of a draft 7 and 2 days before submissions close, in Thai, with what is missing; once each; not a submitted team', async () => {
    const closesAt = new Date('2027-03-01T15:00:00Z');
    const competition = await makeCompetition(t, { countryCodes: ['TH'], submissionClosesAt: closesAt });
    const student = await makeUser(t, { role: 'student', countryCode: 'TH', locale: 'th', displayName: 'Ploy' });
    const draft = await makeEntry(t, competition, student);
    const done = await makeUser(t, { role: 'student', countryCode: 'TH', displayName: 'Done' });
    await makeEntry(t, competition, done, { status: 'submitted' });
    // a draft in a competition that closes later is not reminded yet
    const later = await makeCompetition(t, { countryCodes: ['TH'], submissionClosesAt: new Date(closesAt.getTime() + 30 * DAY) });
    const patient = await makeUser(t, { role: 'student', countryCode: 'TH', displayName: 'Patient' });
    await makeEntry(t, later, patient);
    const reminders = (to: string) => outbox().find({ where: { to, kind: 'entry.draft_reminder' }, order: { createdAt: 'ASC' } });

    t.clock.set(new Date(closesAt.getTime() - 8 * DAY));
    await jobs.reminders();
    expect(await reminders(student.email)).toHaveLength(0);

    t.clock.set(new Date(closesAt.getTime() - 7 * DAY + HOUR));
    await jobs.reminders();
    await jobs.reminders();
    const [week] = await reminders(student.email);
    expect(await reminders(student.email)).toHaveLength(1);
    expect(week.subject).toBe('เหลืออีก 7 วันในการส่ง “Think before you click”');
    expect(week.text).toContain(`ผลงาน ${draft.code} “Think before you click” ของคุณในการประกวด Test Competition ยังเป็นฉบับร่างอยู่`);
    // the checklist in words: no video, no synopsis in English, the licence not accepted
    expect(week.text).toContain('• อัปโหลดวิดีโอของคุณ');
    expect(week.text).toContain('• เขียนเรื่องย่อเป็นภาษาอังกฤษ');
    expect(week.text).toContain('• ยอมรับข้อตกลงการใช้สิทธิ์');
    expect(week.text).toContain(`${t.config.publicUrl}/me/entries/${draft.id}`);
    expect(week.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    const [listed] = await inApp(student.id, 'entry.draft_reminder');
    expect(listed.facts).toMatchObject({ entryId: draft.id, entryCode: draft.code, closesAt: closesAt.toISOString() });
    expect((listed.facts as { missing: string[] }).missing).toEqual(expect.arrayContaining(['no_video', 'missing_synopsis_english', 'licence_not_accepted']));

    t.clock.set(new Date(closesAt.getTime() - 2 * DAY + HOUR));
    await jobs.reminders();
    await jobs.reminders();
    expect((await reminders(student.email)).map((m) => m.subject)).toEqual([week.subject, 'เหลืออีก 2 วันในการส่ง “Think before you click”']);
    // the team that submitted, and the draft whose window closes later, heard nothing
    expect(await mailCount(t, done.email, 'entry.draft_reminder')).toBe(0);
    expect(await mailCount(t, patient.email, 'entry.draft_reminder')).toBe(0);
  });

  it('stop for a student who unsubscribed from draft reminders, while the submission receipt still reaches them', async () => {
    const closesAt = new Date('2027-04-01T15:00:00Z');
    const competition = await makeCompetition(t, { countryCodes: ['TH'], submissionClosesAt: closesAt });
    const student = await makeUser(t, { role: 'student', countryCode: 'TH', displayName: 'Mali' });
    const draft = await makeEntry(t, competition, student);
    t.clock.set(new Date(closesAt.getTime() - 7 * DAY + HOUR));
    await jobs.reminders();
    expect(await mailCount(t, student.email, 'entry.draft_reminder')).toBe(1);

    // the student's mail program follows the reminder's one-click unsubscribe link (List-Unsubscribe, RFC 8058)
    const oneClick = /^<(.+)>$/.exec((await lastMail(t, student.email, 'entry.draft_reminder')).headers!['List-Unsubscribe'])![1];
    await t.anon.post(oneClick.slice(t.config.publicUrl.length)).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(await t.db.getRepository(NotificationOptOut).findBy({ userId: student.id })).toMatchObject([{ topic: 'draft_reminders' }]);
    t.clock.set(new Date(closesAt.getTime() - 2 * DAY + HOUR));
    await jobs.reminders();
    expect(await mailCount(t, student.email, 'entry.draft_reminder')).toBe(1);
    expect(await inApp(student.id, 'entry.draft_reminder')).toHaveLength(1);

    // a message that must reach people still does: the receipt of the entry once it is submitted
    await t.db.getRepository(Entry).update({ id: draft.id }, { status: 'submitted', submittedAt: t.clock.now() });
    await t.app.get(TeamNotices).tellTeam(draft.id, 'entry.submitted', {}, () => ({ subject: `Received: ${draft.code}`, lines: ['Your entry is submitted.'] }));
    expect(await mailCount(t, student.email, 'entry.submitted')).toBe(1);
  });
});

describe("the coordinators' daily digest", () => {
  it('tells the Thai coordinator, in Thai, what is new in their country the day before; nothing on a day without news; nobody else', async () => {
    const competition = await makeCompetition(t, { countryCodes: ['TH', 'JP'], submissionClosesAt: new Date('2027-06-30T15:00:00Z') });
    const thai = await makeUser(t, { role: 'coordinator', countryCode: 'TH', locale: 'th', displayName: 'Somsak' });
    const japanese = await makeUser(t, { role: 'coordinator', countryCode: 'JP', locale: 'ja', displayName: 'Yuki' });
    const s = await school(t, `Digest School ${competition.id.slice(0, 6)}`);
    const entry = await eligibleEntry(t, competition.id, 901, { schoolId: s, eligibility: 'pending' });
    await t.db.getRepository(Entry).update({ id: entry.id }, { submittedAt: new Date('2027-02-10T05:00:00Z') });
    const digests = async (userId: string) =>
      (await inApp(userId, 'coordinator.digest')).filter((n) => (n.facts as { competitionId: string }).competitionId === competition.id);

    t.clock.set('2027-02-11T00:07:00Z');
    await jobs.digests();
    await jobs.digests(); // a second run the same day (a retry, another worker): still one
    const [first] = await digests(thai.id);
    expect(await digests(thai.id)).toHaveLength(1);
    expect(first.facts).toEqual({
      countryCode: 'TH',
      competition: competition.name,
      competitionId: competition.id,
      submitted: 1,
      consentsWaiting: 0,
      toScreen: 1,
    });
    expect(first.path).toBe(`/coordinate/TH/competitions/${competition.id}`);
    const mail = (await outbox().find({ where: { to: thai.email, kind: 'coordinator.digest' }, order: { createdAt: 'DESC' } })).find((m) =>
      m.text.includes(`/coordinate/TH/competitions/${competition.id}`),
    )!;
    expect(mail.subject).toBe('Clapper ไทย: มีอะไรใหม่ (10 กุมภาพันธ์ 2570)');
    expect(mail.text).toContain('• ผลงานที่ส่งเข้ามาใหม่ 1 ชิ้น');
    expect(mail.text).toContain('• ผลงานที่รอการคัดกรอง 1 ชิ้น');
    expect(mail.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    // the coordinator of another country had no news
    expect(await digests(japanese.id)).toHaveLength(0);

    // the next day brought nothing new: no message
    t.clock.set('2027-02-12T00:07:00Z');
    await jobs.digests();
    expect(await digests(thai.id)).toHaveLength(1);

    // a signed consent form arrives for the coordinator's check: that is news
    const member = await t.db.getRepository(TeamMember).findOneByOrFail({ entryId: entry.id });
    await t.db
      .getRepository(Consent)
      .insert({ entryId: entry.id, memberId: member.id, kind: 'guardian', status: 'pending_verification', method: 'signed_form' });
    t.clock.set('2027-02-13T00:07:00Z');
    await jobs.digests();
    const after = await digests(thai.id);
    expect(after).toHaveLength(2);
    expect(after[1].facts).toMatchObject({ submitted: 0, consentsWaiting: 1, toScreen: 1 });
    // and the same form still waiting the day after is not news again
    t.clock.set('2027-02-14T00:07:00Z');
    await jobs.digests();
    expect(await digests(thai.id)).toHaveLength(2);
    expect(await digests(japanese.id)).toHaveLength(0);
  });
});
