import { expect, test, type Page, type Response } from '@playwright/test';
import { draftEntry, freshCompetition } from './fresh-round';
import { DEMO, signIn } from './helpers';
import { apiAs, closeOpened, newContext } from './judging-data';

/**
 * Issue 14 §1, entries and videos: a student reading in Thai sees what stands between the entry and its submission,
 * and a refused subtitle file, in Thai with every fact (the names, the language, the line), and never the English
 * sentences the API sent for API users and logs.
 */
const birthDate = (years: number) => `${new Date().getUTCFullYear() - years}-05-20`;

async function noneOf(page: Page, english: string[]) {
  const text = (await page.locator('body').textContent()) ?? '';
  for (const sentence of english) expect(text).not.toContain(sentence);
}

test.afterEach(closeOpened);

test('a student in Thai: the entry’s unmet requirements, and a subtitle file refused, with their facts', async ({ browser }) => {
  test.setTimeout(90_000);
  const organiser = await apiAs(browser, DEMO.organiser);
  const competition = await freshCompetition(organiser, 'Entry Refusals Cup');
  const student = await apiAs(browser, DEMO.student);
  const entry = await draftEntry(student, competition, {
    title: 'Think before you share',
    members: [
      { fullName: 'Nong Mai', role: 'director', dateOfBirth: birthDate(15) },
      { fullName: 'Nong Kaew', role: 'actor', dateOfBirth: birthDate(14) },
    ],
  });

  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, DEMO.student);
  const entryRead = page.waitForResponse((r: Response) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/api/entries/${entry.id}`);
  await page.goto(`/me/entries/${entry.id}?lng=th`);
  const { checklist } = (await (await entryRead).json()) as { checklist: { reason: string; message: string }[] };
  expect(checklist.map((p) => p.reason)).toEqual(expect.arrayContaining(['entries.no_video', 'entries.missing_subtitles', 'entries.guardian_consent_missing']));

  // the checklist: each unmet requirement in Thai, with the language named in Thai and each member by name
  const todo = page.getByRole('region', { name: 'ก่อนส่งผลงาน' });
  const english = new Intl.DisplayNames(['th'], { type: 'language' }).of('en')!;
  await expect(todo.getByText(`เพิ่มคำบรรยายภาษา: ${english}`)).toBeVisible();
  await expect(todo.getByText('บันทึกความยินยอมของ Nong Mai ในการเข้าร่วมและการปรากฏในผลงาน')).toBeVisible();
  await expect(todo.getByText(/^Nong Kaew อายุต่ำกว่า 18 ปี/)).toBeVisible();
  await expect(todo.getByText('อัปโหลดวิดีโอของคุณ')).toBeVisible();
  await noneOf(page, [...checklist.map((p) => p.message), 'Add subtitles in']);

  // a subtitle file whose cue ends before it starts: refused, naming the line, in Thai
  const subtitles = page.getByRole('region', { name: 'คำบรรยาย' });
  await subtitles.getByLabel('ไฟล์คำบรรยาย').setInputFiles({
    name: 'th.vtt',
    mimeType: 'text/vtt',
    buffer: Buffer.from('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nBackwards\n'),
  });
  const answer = page.waitForResponse((r: Response) => r.request().method() === 'POST' && /\/subtitles\/[a-zA-Z-]+$/.test(new URL(r.url()).pathname));
  await subtitles.getByRole('button', { name: 'อัปโหลดคำบรรยาย' }).click();
  const refused = await answer;
  expect(refused.status()).toBe(422);
  const body = (await refused.json()) as { reason: string; message: string; params: { problems: { reason: string; params: { line: number } }[] } };
  expect(body.reason).toBe('videos.subtitles_refused');
  expect(body.params.problems).toEqual([{ reason: 'videos.subtitles_end_before_start', params: { line: 3 } }]);
  const notice = subtitles.getByRole('alert');
  await expect(notice.getByText('คำบรรยายไม่ผ่านการตรวจรับ')).toBeVisible();
  await expect(notice.getByText('ในบรรทัดที่ 3 คำบรรยายจบก่อน (หรือพร้อมกับ) ที่เริ่ม โปรดแก้เวลาทั้งสองแล้วอัปโหลดอีกครั้ง')).toBeVisible();
  await noneOf(page, [body.message, 'ends before']);
});
