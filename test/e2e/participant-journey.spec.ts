import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { birthDateForAge } from './drafts';
import { freshCompetition, retireCompetition, startEntryUpload, waitForReadyVideo, type FreshCompetition } from './fresh-round';
import { DEMO, makeClip, MEDIA_DIR, shot, signUpConfirmed } from './helpers';
import { guardianEmail, guardianLinkFor } from './guardian';
import { acceptJudgeInvitation, apiAs, closeOpened, headers, judgeEmail, newContext, ok } from './judging-data';

/**
 * Issue 16, "every participant knows where they stand": one entry from sign-up to published results, and every message
 * that the people around it should have received, read from the outbox in their own languages: Thai for the Thai
 * student and her guardian, Japanese for the judge, English for the Thai coordinator (the demo account reads English).
 * The steps go through the API (each page has its own spec); what is checked here is who was told what, and when.
 * The HTML part of each message is kept as a screenshot (journey-mail-*.png), as the person's mail client shows it.
 */
const FLOW = 'participant-journey';
const THAI = /[\u0E00-\u0E7F]/;
const JAPANESE = /[\u3040-\u30FF\u4E00-\u9FFF]/;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

interface Mail {
  to: string;
  kind: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: string;
}

let organiser: APIRequestContext;
let competition: FreshCompetition;

test.afterAll(async () => {
  if (competition) await retireCompetition(organiser, competition);
  await closeOpened();
});

/** Every message to an address, oldest first, from the organisers' outbox (where mail lands without SMTP). */
async function mailTo(address: string): Promise<Mail[]> {
  const mine: Mail[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await ok<{ items: Mail[]; total: number }>(organiser.get(`/api/admin/outbox?limit=100&offset=${offset}`));
    mine.push(...page.items.filter((m) => m.to === address.toLowerCase()));
    if (offset + 100 >= page.total) break;
  }
  return mine.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Waits until the address has a message of the kind, and answers it. */
async function expectMail(address: string, kind: string, where: (m: Mail) => boolean = () => true): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(async () => (found = (await mailTo(address)).find((m) => m.kind === kind && where(m))), {
      message: `a ${kind} message to ${address}`,
      timeout: 30_000,
    })
    .toBeTruthy();
  return found!;
}

/** A message's HTML part, as a mail client shows it on a phone, kept as a screenshot. */
async function keepMail(browser: Browser, mail: Mail, name: string): Promise<void> {
  expect(mail.html, `${mail.kind} has an HTML part`).toBeTruthy();
  const page = await (await newContext(browser)).newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.setContent(mail.html!);
  await shot(page, FLOW, `mail-${name}`);
}

test('one Thai entry from sign-up to published results: the team, the guardian, the coordinator and the judge are told each step', async ({ browser }) => {
  test.setTimeout(480_000);
  const clip = makeClip('participant-journey.mp4', { videoKbps: 300, toneHz: 587 });
  const vtt = path.join(MEDIA_DIR, 'participant-journey.en.vtt');
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Think before you click.', ''].join('\n'));
  organiser = await apiAs(browser, DEMO.organiser);
  competition = await freshCompetition(organiser, 'Notify Cup');

  // 1. A Thai student of 16 signs up in Thai: the email check, then a welcome once it is confirmed
  const student = { email: `nid-${stamp()}@e2e.clapper.test`, password: 'a long enough passphrase 42', name: 'Nid Journey' };
  const team = (await newContext(browser)).request;
  await signUpConfirmed(team, {
    email: student.email,
    password: student.password,
    displayName: student.name,
    role: 'student',
    countryCode: 'TH',
    schoolName: `Notify School ${stamp()}`,
    dateOfBirth: birthDateForAge(16),
    locale: 'th',
  });
  const check = await expectMail(student.email, 'sign-up-confirmation');
  expect(check.subject).toMatch(THAI);
  const welcome = await expectMail(student.email, 'account.welcome');
  expect(welcome.subject).toMatch(THAI);

  // 2. Her draft, her own consent, her guardian's (asked in Thai, given on the guardian's page), licence, video, subtitles
  const entry = await ok<{ id: string; code: string; members: { id: string; fullName: string }[] }>(
    team.post('/api/entries', {
      headers: headers(),
      data: {
        competitionId: competition.id,
        categoryId: competition.categoryId,
        title: 'คิดก่อนคลิก',
        videoLanguage: 'th',
        synopsisOriginal: 'เรื่องสั้นเกี่ยวกับข้อความฟิชชิง',
        synopsisEnglish: 'A short story about a phishing message.',
        sources: 'Own footage and music.',
        members: [{ fullName: student.name, role: 'director', dateOfBirth: birthDateForAge(16) }],
      },
    }),
  );
  const [member] = entry.members;
  const guardian = guardianEmail('Malee Journey');
  await ok(team.post(`/api/entries/${entry.id}/members/${member.id}/guardian-link`, { headers: headers(), data: { guardianEmail: guardian, language: 'th' } }));
  const asked = await expectMail(guardian, 'guardian-consent');
  expect(asked.subject).toMatch(THAI);
  const token = (await guardianLinkFor(organiser, guardian)).split('/').pop()!;
  const guardianApi = (await newContext(browser)).request;
  await ok(
    guardianApi.post('/api/guardian-consents/give', { headers: headers(), data: { token, guardianName: 'Malee Journey', relationship: 'แม่', agree: true } }),
  );
  await startEntryUpload(team, competition, entry, clip, vtt);
  await waitForReadyVideo(team, entry.id);
  await ok(team.post(`/api/entries/${entry.id}/submit`, { headers: headers() }));

  // 3. The Thai coordinator screens it eligible
  const coordinator = await apiAs(browser, DEMO.coordinatorTH);
  await ok(coordinator.post(`/api/entries/${entry.id}/screening`, { headers: headers(), data: { decision: 'eligible' } }));

  // 4. The national round, judged by a Japanese judge who reads Japanese
  const submissionsClosed = {
    submissionOpensAt: iso(-2 * DAY),
    submissionClosesAt: iso(-60_000),
    judgingOpensAt: iso(-30_000),
    judgingClosesAt: iso(21 * DAY),
  };
  await ok(organiser.patch(`/api/competitions/${competition.id}`, { headers: headers(), data: { timeline: submissionsClosed } }));
  const national = await ok<{ id: string }>(
    organiser.post('/api/rounds', {
      headers: headers(),
      data: { competitionId: competition.id, kind: 'national', countryCode: 'TH', opensAt: iso(-DAY), closesAt: iso(14 * DAY), judgesPerEntry: 1 },
    }),
  );
  const judgeAddress = judgeEmail('JP');
  await ok(
    organiser.post('/api/invitations', {
      headers: headers(),
      data: { email: judgeAddress, role: 'judge', roundId: national.id, countryCode: 'JP', language: 'ja' },
    }),
  );
  const invitation = await expectMail(judgeAddress, 'invitation');
  expect(invitation.subject).toMatch(JAPANESE);
  const judgeAccount = await acceptJudgeInvitation(browser, organiser, judgeAddress, 'Kenji Journey');
  const judge = await apiAs(browser, judgeAccount);
  await ok(organiser.post(`/api/rounds/${national.id}/open`, { headers: headers(), data: { confirm: true } }));
  await ok(organiser.post(`/api/rounds/${national.id}/assignment`, { headers: headers() }));
  await scoreAll(judge, national.id);
  await ok(organiser.post(`/api/rounds/${national.id}/close`, { headers: headers(), data: {} }));

  // 5. Promoted to the final, judged there too, closed
  const final = await ok<{ id: string }>(
    organiser.post('/api/rounds', {
      headers: headers(),
      data: { competitionId: competition.id, kind: 'final', opensAt: iso(-DAY), closesAt: iso(7 * DAY), countryQuota: 1, judgesPerEntry: 1 },
    }),
  );
  const ranking = await ok<{ entries: { roundEntryId: string }[] }>(organiser.get(`/api/rounds/${national.id}/ranking`));
  await ok(organiser.post(`/api/rounds/${national.id}/promotions`, { headers: headers(), data: { roundEntryIds: [ranking.entries[0].roundEntryId] } }));
  const judgeUser = await ok<{ id: string }>(judge.get('/api/auth/me'));
  await ok(organiser.post(`/api/rounds/${final.id}/judges`, { headers: headers(), data: { userId: judgeUser.id } }));
  await ok(organiser.post(`/api/rounds/${final.id}/open`, { headers: headers(), data: { confirm: true } }));
  await ok(organiser.post(`/api/rounds/${final.id}/assignment`, { headers: headers() }));
  await scoreAll(judge, final.id);
  await ok(organiser.post(`/api/rounds/${final.id}/close`, { headers: headers(), data: {} }));

  // 6. The Grand Prize, from the results; sealed; published
  await ok(
    organiser.post(`/api/competitions/${competition.id}/awards`, {
      headers: headers(),
      data: { kind: 'grand_prize', name: { en: 'Grand Prize', th: 'รางวัลชนะเลิศ', ja: 'グランプリ' } },
    }),
  );
  await ok(organiser.post(`/api/competitions/${competition.id}/awards/assign`, { headers: headers() }));
  await ok(organiser.post(`/api/competitions/${competition.id}/results/seal`, { headers: headers() }));
  await ok(organiser.post(`/api/competitions/${competition.id}/results/publish`, { headers: headers(), data: { confirmGaps: true } }));

  // What each person was told, in their language, each linking to the page it is about
  const url = (p: string) => new URL(p, test.info().project.use.baseURL).toString();
  const entryPage = url(`/me/entries/${entry.id}`);
  const forTeam = {
    ready: await expectMail(student.email, 'entry.video_ready'),
    consent: await expectMail(student.email, 'entry.consent_changed'),
    receipt: await expectMail(student.email, 'entry.submitted'),
    screened: await expectMail(student.email, 'entry.screened'),
    promoted: await expectMail(student.email, 'entry.promoted'),
    results: await expectMail(student.email, 'entry.results_published'),
  };
  for (const [name, mail] of Object.entries(forTeam)) {
    expect(mail.subject, name).toMatch(THAI);
    expect(mail.text, name).toContain(entryPage);
  }
  expect(forTeam.receipt.text).toContain(entry.code);
  expect(forTeam.receipt.text).toContain('คิดก่อนคลิก');
  expect(forTeam.results.text).toContain('รางวัลชนะเลิศ');
  // a message of each kind once: nothing was sent twice
  const kinds = (await mailTo(student.email)).map((m) => m.kind);
  // her own consent and her guardian's, each told
  expect(kinds.filter((k) => k === 'entry.consent_changed').length).toBeGreaterThanOrEqual(2);
  for (const kind of ['account.welcome', 'entry.submitted', 'entry.video_ready', 'entry.screened', 'entry.promoted', 'entry.results_published'])
    expect(
      kinds.filter((k) => k === kind),
      kind,
    ).toHaveLength(1);

  // the guardian: asked, then a copy of what they agreed to, in Thai
  const confirmed = await expectMail(guardian, 'entry.consent_changed');
  expect(confirmed.subject).toMatch(THAI);

  // the coordinator of Thailand: each consent given on the entry
  const toCoordinator = (await mailTo(DEMO.coordinatorTH.email)).filter((m) => m.kind === 'coordinator.consent_changed' && m.text.includes(entry.code));
  expect(toCoordinator.length).toBeGreaterThanOrEqual(2);

  // the judge: invited, then each round's assignment and closing, in Japanese
  const forJudge = {
    assignedNational: await expectMail(judgeAddress, 'judge.assignment_ready', (m) => m.text.includes(`/judge/rounds/${national.id}`)),
    assignedFinal: await expectMail(judgeAddress, 'judge.assignment_ready', (m) => m.text.includes(`/judge/rounds/${final.id}`)),
    closedNational: await expectMail(judgeAddress, 'judge.round_closed', (m) => m.text.includes(`/judge/rounds/${national.id}`)),
    closedFinal: await expectMail(judgeAddress, 'judge.round_closed', (m) => m.text.includes(`/judge/rounds/${final.id}`)),
  };
  for (const [name, mail] of Object.entries(forJudge)) expect(mail.subject, name).toMatch(JAPANESE);

  // the messages as their readers see them (HTML, on a phone)
  await keepMail(browser, forTeam.receipt, 'receipt-th');
  await keepMail(browser, forTeam.results, 'results-th');
  await keepMail(browser, confirmed, 'guardian-th');
  await keepMail(browser, forJudge.assignedNational, 'judge-assigned-ja');
  await keepMail(browser, toCoordinator[0], 'coordinator-consent-en');
});

/** The judge declares their languages and submits a top scorecard for every entry in their queue. */
async function scoreAll(judge: APIRequestContext, roundId: string): Promise<void> {
  await ok(
    judge.put(`/api/judge/rounds/${roundId}/declaration`, {
      headers: headers(),
      data: { languages: ['en', 'th', 'ja'], conflictEntryCodes: [], conflictSchoolIds: [], conflictCountryCodes: [], note: '' },
    }),
  );
  const queue = await ok<{ items: { roundEntryId: string }[] }>(judge.get(`/api/judge/rounds/${roundId}/queue`));
  expect(queue.items.length).toBeGreaterThan(0);
  for (const item of queue.items) {
    const entryUrl = `/api/judge/rounds/${roundId}/entries/${item.roundEntryId}`;
    const { rubric } = await ok<{ rubric: { criteria: { key: string; scaleMax: number }[] } }>(judge.get(entryUrl));
    await ok(
      judge.post(`${entryUrl}/scorecard/submit`, {
        headers: headers(),
        data: { version: 0, scores: Object.fromEntries(rubric.criteria.map((c) => [c.key, c.scaleMax])), teamFeedback: 'ยอดเยี่ยม: a clear story.' },
      }),
    );
  }
}
