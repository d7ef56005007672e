import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CLIP_HD, DEMO, MEDIA_DIR, makeClip, shot, signUpConfirmed } from './helpers';
import { apiAs, closeOpened, demoCompetition, headers, newContext, ok } from './judging-data';

/**
 * The messages to a team about its entry (issue 16 §1), end to end on the real server and worker: a Thai student's
 * video is processed, the entry submitted and screened eligible; the outbox then holds, in Thai for the student and in
 * English for the supervising teacher's account, the video ready, the receipt (entry code, team, the video's facts,
 * subtitles, the licence version, what happens next) and the screening decision. Each email's HTML part is opened in
 * the browser as a mail app shows it: test-results/screenshots/team-mail-*.png (desktop and phone, Thai and English).
 */
const FLOW = 'team-mail';
const PHONE = { width: 390, height: 844 };
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
const adult = () => `${new Date().getUTCFullYear() - 20}-05-14`;

interface Message {
  to: string;
  kind: string;
  subject: string;
  text: string;
  html: string | null;
}

test.afterEach(closeOpened);

/** Shows an email's HTML part as a mail app would, at desktop and phone width. */
async function showMail(page: Page, message: Message, step: string) {
  expect(message.html, `${message.kind} to ${message.to} has an HTML part`).toBeTruthy();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.setContent(message.html!, { waitUntil: 'load' });
  await shot(page, FLOW, `${step}-desktop`);
  await page.setViewportSize(PHONE);
  await shot(page, FLOW, `${step}-phone`);
}

test('a Thai team hears of its video, its submission and its screening in Thai, and its teacher in English', async ({ browser }) => {
  test.setTimeout(240_000);
  const s = stamp();
  // HD: the ready mail states its size, '1,280 × 720'
  const clip = makeClip('team-mail.mp4', { videoKbps: 600, toneHz: 440, size: CLIP_HD });
  const vtt = path.join(MEDIA_DIR, 'team-mail.en.vtt');
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Think before you click.', ''].join('\n'));

  // the supervising teacher has an account that reads English
  const teacherEmail = `kru-${s}@e2e.clapper.test`;
  await signUpConfirmed((await newContext(browser)).request, {
    email: teacherEmail,
    password: 'a long enough passphrase 42',
    displayName: 'Kru Somchai',
    role: 'teacher',
    countryCode: 'TH',
    schoolName: `Team Mail School ${s}`,
    locale: 'en',
  });
  const studentEmail = `nid-${s}@e2e.clapper.test`;
  const team = (await newContext(browser)).request;
  await signUpConfirmed(team, {
    email: studentEmail,
    password: 'a long enough passphrase 42',
    displayName: 'Nid Srisuk',
    role: 'student',
    countryCode: 'TH',
    schoolName: `Team Mail School ${s}`,
    dateOfBirth: adult(),
    locale: 'th',
  });
  const competition = await demoCompetition(team);
  const category = competition.categories.find((c) => c.name.en === 'University (18–25)')!;
  const entry = await ok<{ id: string; code: string; members: { id: string }[] }>(
    team.post('/api/entries', {
      headers: headers(),
      data: {
        competitionId: competition.id,
        categoryId: category.id,
        title: 'คิดก่อนคลิก',
        videoLanguage: 'th',
        synopsisOriginal: 'เรื่องสั้นเกี่ยวกับฟิชชิง',
        synopsisEnglish: 'A short story about phishing.',
        sources: 'Own footage and music.',
        supervisingTeacherName: 'Kru Somchai',
        supervisingTeacherEmail: teacherEmail,
        members: [
          { fullName: 'Nid Srisuk', role: 'director', dateOfBirth: adult() },
          { fullName: 'Krit Boonmee', role: 'actor', dateOfBirth: adult() },
        ],
      },
    }),
  );
  for (const m of entry.members) await ok(team.post(`/api/entries/${entry.id}/members/${m.id}/consent`, { headers: headers(), data: { agree: true } }));
  const licence = await ok<{ id: string }>(team.get(`/api/competitions/${competition.id}/licence`));
  await ok(team.post(`/api/entries/${entry.id}/licence`, { headers: headers(), data: { licenceVersionId: licence.id } }));
  await ok(
    team.post(`/api/entries/${entry.id}/video`, {
      headers: headers(),
      multipart: { file: { name: 'film.mp4', mimeType: 'video/mp4', buffer: readFileSync(clip) } },
    }),
  );
  await ok(
    team.post(`/api/entries/${entry.id}/subtitles/en`, {
      headers: headers(),
      multipart: { file: { name: 'en.vtt', mimeType: 'text/vtt', buffer: readFileSync(vtt) } },
    }),
  );
  await expect
    .poll(async () => (await ok<{ status: string }>(team.get(`/api/entries/${entry.id}/video`))).status, { timeout: 120_000, intervals: [1000] })
    .toBe('ready');
  await ok(team.post(`/api/entries/${entry.id}/submit`, { headers: headers() }));
  const coordinator = await apiAs(browser, DEMO.coordinatorTH);
  await ok(coordinator.post(`/api/entries/${entry.id}/screening`, { headers: headers(), data: { decision: 'eligible' } }));

  // the outbox, as the organisers see it (the worker delivers from it)
  const organiser = await apiAs(browser, DEMO.organiser);
  const mail = async (to: string, kind: string): Promise<Message> => {
    let found: Message | undefined;
    await expect
      .poll(async () => {
        const outbox = await ok<{ items: Message[] }>(organiser.get('/api/admin/outbox?limit=100'));
        found = outbox.items.find((m) => m.to === to && m.kind === kind);
        return Boolean(found);
      })
      .toBe(true);
    return found!;
  };

  const ready = await mail(studentEmail, 'entry.video_ready');
  expect(ready.subject).toBe('วิดีโอของ “คิดก่อนคลิก” พร้อมแล้ว');
  expect(ready.text).toMatch(/วิดีโอ: .+, 1,280 × 720 พิกเซล, [\d.,]+ MB/);

  const receipt = await mail(studentEmail, 'entry.submitted');
  expect(receipt.subject).toBe(`ได้รับแล้ว: “คิดก่อนคลิก” (${entry.code})`);
  for (const fact of [`รหัสผลงาน: ${entry.code}`, 'ทีม: Nid Srisuk และ Krit Boonmee', 'คำบรรยาย: อังกฤษ', 'ยอมรับสัญญาอนุญาตแล้ว: ฉบับที่ 1', 'ขั้นตอนต่อไป:'])
    expect(receipt.text).toContain(fact);
  expect(receipt.text).toContain(`/me/entries/${entry.id}`);
  // no English sentence in the Thai message
  expect(receipt.text).not.toMatch(/What happens next|Entry code|Subtitles/);
  const english = await mail(teacherEmail, 'entry.submitted');
  expect(english.subject).toBe(`Received: “คิดก่อนคลิก” (${entry.code})`);
  expect(english.text).toContain('Subtitles: English');

  const screened = await mail(studentEmail, 'entry.screened');
  expect(screened.subject).toBe('“คิดก่อนคลิก” ผ่านเกณฑ์แล้ว');

  const page = await (await newContext(browser)).newPage();
  await showMail(page, receipt, '01-receipt-th');
  await showMail(page, english, '02-receipt-en');
  await showMail(page, ready, '03-video-ready-th');
  await showMail(page, screened, '04-screened-th');
});
