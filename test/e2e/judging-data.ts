import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';
import { COMPETITION } from './drafts';
import { DEMO, signUpConfirmed } from './helpers';

/** The data the judging flow starts from, made through the API (the UI for it is covered by entry-flow.spec.ts). */

/** Browser contexts opened here or by the spec, closed after each test (a context left open outlives its test). */
const opened: BrowserContext[] = [];
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  opened.push(context);
  return context;
}
export async function closeOpened(): Promise<void> {
  await Promise.all(opened.splice(0).map((c) => c.close().catch(() => undefined)));
}

const origin = () => new URL(test.info().project.use.baseURL!).origin;
const headers = () => ({ origin: origin() });

async function ok<T>(res: Promise<import('@playwright/test').APIResponse>): Promise<T> {
  const r = await res;
  expect(r.ok(), `${r.url()} → ${r.status()} ${await r.text()}`).toBe(true);
  const text = await r.text();
  return (text ? JSON.parse(text) : null) as T;
}

/** A signed-in API context for a demo account or any account with a password. */
export async function apiAs(browser: Browser, who: { email: string; password: string }): Promise<APIRequestContext> {
  const context = await newContext(browser);
  await ok(context.request.post('/api/auth/sign-in', { headers: headers(), data: { email: who.email, password: who.password } }));
  return context.request;
}

export async function demoCompetition(request: APIRequestContext): Promise<{ id: string; categories: { id: string; name: Record<string, string> }[] }> {
  const list = await ok<{ id: string; name: Record<string, string> }[]>(request.get('/api/competitions'));
  const competition = list.find((c) => c.name.en === COMPETITION)!;
  return ok(request.get(`/api/competitions/${competition.id}`));
}

const adultBirthDate = () => `${new Date().getUTCFullYear() - 21}-03-14`;

/**
 * A Thai team's entry, submitted with everything the rules ask (an adult team, consents, licence, a processed
 * video, English subtitles) and screened eligible by the Thai coordinator. Each comes from its own school (one entry
 * per school). Returns its code and the team member's name, which judges must never see.
 */
export async function eligibleThaiEntry(
  browser: Browser,
  n: number,
  clip: string,
  vtt: string,
): Promise<{ id: string; code: string; title: string; memberName: string }> {
  const context = await browser.newContext();
  const request = context.request;
  const stamp = `${Date.now()}-${n}`;
  await signUpConfirmed(request, {
    email: `judging-team-${stamp}@e2e.clapper.test`,
    password: 'a long enough passphrase 42',
    displayName: `Team lead ${n}`,
    role: 'student',
    countryCode: 'TH',
    schoolName: `Judging Test School ${stamp}`,
    dateOfBirth: adultBirthDate(),
    locale: 'en',
  });
  const competition = await demoCompetition(request);
  const category = competition.categories.find((c) => c.name.en === 'University (18–25)')!;
  const memberName = `Somsak Teammember${n}`;
  const title = `Think before you click ${n}`;
  const entry = await ok<{ id: string; code: string; members: { id: string }[] }>(
    request.post('/api/entries', {
      headers: headers(),
      data: {
        competitionId: competition.id,
        categoryId: category.id,
        title,
        videoLanguage: 'th',
        synopsisOriginal: 'คิดก่อนคลิก',
        synopsisEnglish: `A short story about phishing, number ${n}.`,
        sources: 'Own footage and music.',
        members: [{ fullName: memberName, role: 'director', dateOfBirth: adultBirthDate() }],
      },
    }),
  );
  for (const m of entry.members) await ok(request.post(`/api/entries/${entry.id}/members/${m.id}/consent`, { headers: headers(), data: { agree: true } }));
  const licence = await ok<{ id: string }>(request.get(`/api/competitions/${competition.id}/licence`));
  await ok(request.post(`/api/entries/${entry.id}/licence`, { headers: headers(), data: { licenceVersionId: licence.id } }));
  await ok(
    request.post(`/api/entries/${entry.id}/video`, {
      headers: headers(),
      multipart: { file: { name: 'entry.mp4', mimeType: 'video/mp4', buffer: readFileSync(clip) } },
    }),
  );
  await ok(
    request.post(`/api/entries/${entry.id}/subtitles/en`, {
      headers: headers(),
      multipart: { file: { name: 'en.vtt', mimeType: 'text/vtt', buffer: readFileSync(vtt) } },
    }),
  );
  await expect
    .poll(async () => (await ok<{ status: string }>(request.get(`/api/entries/${entry.id}/video`))).status, { timeout: 90_000, intervals: [1000] })
    .toBe('ready');
  await ok(request.post(`/api/entries/${entry.id}/submit`, { headers: headers() }));
  await context.close();
  const coordinator = await apiAs(browser, DEMO.coordinatorTH);
  await ok(coordinator.post(`/api/entries/${entry.id}/screening`, { headers: headers(), data: { decision: 'eligible' } }));
  return { id: entry.id, code: entry.code, title, memberName };
}

/** Accepts the invitation emailed to `email` (the link read from the outbox), creating the judge's account. */
export async function acceptJudgeInvitation(
  browser: Browser,
  organiser: APIRequestContext,
  email: string,
  name: string,
): Promise<{ email: string; password: string; name: string }> {
  const outbox = await ok<{ items: { to: string; text: string }[] }>(organiser.get('/api/admin/outbox?limit=50'));
  const token = outbox.items.find((m) => m.to === email)!.text.match(/\/invite\/([A-Za-z0-9_-]+)/)![1];
  const password = 'judge passphrase for e2e';
  const context = await browser.newContext();
  await ok(context.request.post('/api/invitations/accept', { headers: headers(), data: { token, displayName: name, password } }));
  await context.close();
  return { email, password, name };
}

export const judgeEmail = (country: string) => `judge-${country.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.clapper.test`;

export { ok, headers };
