import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import pg from 'pg';
import { MIN_SHORT_SIDE } from '../../libs/domain/src/video-rules';

/** Where the e2e tests write the media they generate. */
export const MEDIA_DIR = path.resolve(__dirname, '..', '..', 'test-results', 'e2e-media');

/**
 * A real 35 s H.264/AAC clip from ffmpeg (the demo rules want 30–180 s) at a fixed video bitrate (constant, padded
 * by the encoder), so its size is predictable: 2400–2700 kbit/s gives 11–12 MB, two 8 MiB upload parts. Five frames
 * a second, as the demo's own clips: the worker transcodes every upload, and a suite of 30-frame clips spent minutes
 * of CI on encoding that no test looks at.
 */
/** Frames a second of the clips the e2e tests upload. */
export const CLIP_FRAME_RATE = 5;

/**
 * The picture sizes of those clips. SMALL is the least the rules accept (16:9 with the short side at MIN_SHORT_SIDE,
 * 640x360): the worker makes a 360p web rendition and a ladder of two rungs (240p, 360p) of it, under half the
 * encoding of a 720p clip (a 720p rendition and four rungs). It is the default: most tests only need a video that
 * becomes ready. HD is for the tests that look at the size or the ladder: the four rungs and the quality menu, the
 * size a page or a mail states ("1,280 × 720", with its thousands separator). The file's size follows the bitrate
 * (constant, padded), not the picture's.
 */
export const CLIP_SMALL = { width: (MIN_SHORT_SIDE * 16) / 9, height: MIN_SHORT_SIDE } as const;
export const CLIP_HD = { width: 1280, height: 720 } as const;
export type ClipSize = { readonly width: number; readonly height: number };

export function makeClip(name: string, o: { videoKbps: number; toneHz: number; size?: ClipSize }): string {
  mkdirSync(MEDIA_DIR, { recursive: true });
  const file = path.join(MEDIA_DIR, name);
  const { width, height } = o.size ?? CLIP_SMALL;
  execFileSync('ffmpeg', [
    '-y',
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=${width}x${height}:rate=${CLIP_FRAME_RATE}`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=${o.toneHz}`,
    '-t',
    '35',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-b:v',
    `${o.videoKbps}k`,
    '-maxrate',
    `${o.videoKbps}k`,
    '-minrate',
    `${o.videoKbps}k`,
    '-bufsize',
    `${o.videoKbps * 2}k`,
    '-x264-params',
    'nal-hrd=cbr',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    '64k',
    '-shortest',
    file,
  ]);
  return file;
}

export const DEMO = {
  organiser: { email: 'organiser@demo.clapper.local', password: 'demo-organiser-pass' },
  coordinatorTH: { email: 'coordinator.th@demo.clapper.local', password: 'demo-coordinator-pass' },
  student: { email: 'student@demo.clapper.local', password: 'demo-student-pass' },
  /** signed up for the demo school; waits for the Thai coordinator's approval until teacher-approval.spec.ts gives it */
  teacher: { email: 'teacher@demo.clapper.local', password: 'demo-teacher-pass' },
} as const;

/** A date of birth that makes its holder `years` old this year (a minor, for the guardian's consent). */
export const minorBirthDate = (years: number): string => `${new Date().getUTCFullYear() - years}-05-20`;

/** Nothing on the page scrolls sideways (a phone's viewport). */
export async function noSideways(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

/** Saves a full-page screenshot as test-results/screenshots/<flow>-<step>.png. */
export async function shot(page: Page, flow: string, step: string): Promise<void> {
  // web-font subsets (Japanese) load on demand: let them arrive before the picture
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.waitForTimeout(150);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.screenshot({ path: `test-results/screenshots/${flow}-${step}.png`, fullPage: true });
}

export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** The app starts in English for these tests whatever the browser remembered. */
export async function useEnglish(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('clapper.language')) window.localStorage.setItem('clapper.language', 'en');
  });
}

let organiserOutbox: Promise<APIRequestContext> | null = null;

/**
 * The newest link under `path` ('/verify-email/', '/reset-password/') in the mail to `to`, read from the organisers'
 * outbox (GET /api/admin/outbox) as the person would read their mail. One signed-in organiser context serves the run.
 */
export async function mailedLink(to: string, path: string): Promise<string> {
  const baseURL = test.info().project.use.baseURL!;
  organiserOutbox ??= (async () => {
    const context = await request.newContext({ baseURL });
    const res = await context.post('/api/auth/sign-in', { headers: { origin: new URL(baseURL).origin }, data: DEMO.organiser });
    expect(res.ok(), await res.text()).toBe(true);
    return context;
  })();
  const organiser = await organiserOutbox;
  let link: string | undefined;
  await expect
    .poll(async () => {
      const outbox = (await (await organiser.get('/api/admin/outbox?limit=50')).json()) as { items: { to: string; text: string }[] };
      const text = outbox.items.find((m) => m.to === to.toLowerCase() && m.text.includes(path))?.text ?? '';
      link = text.match(new RegExp(`https?://[^\\s]+${path}[A-Za-z0-9_-]+`))?.[0];
      return link;
    })
    .toBeTruthy();
  return link!;
}

/**
 * Signs up through the API and opens the mailed confirmation link with the same request context, which ends up
 * signed in as the new account (as a student who clicks the link is).
 */
export async function signUpConfirmed(api: APIRequestContext, data: { email: string } & Record<string, unknown>): Promise<void> {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const signUp = await api.post('/api/auth/sign-up', { headers: { origin }, data });
  expect(signUp.status(), await signUp.text()).toBe(202);
  const token = new URL(await mailedLink(data.email, '/verify-email/')).pathname.split('/').pop()!;
  const confirmed = await api.post('/api/auth/email-verification/confirm', { headers: { origin }, data: { token } });
  expect(confirmed.ok(), await confirmed.text()).toBe(true);
  expect(((await confirmed.json()) as { signedIn: boolean }).signedIn).toBe(true);
}

/**
 * Signs a Thai student (an adult) up through the API and leaves the address unconfirmed: the mailed link opens the
 * email confirmation page. Returns the address.
 */
export async function signUpUnconfirmed(api: APIRequestContext, label: string, displayName: string, schoolName: string): Promise<string> {
  const email = `${label}-unconfirmed-${Date.now()}@e2e.clapper.test`;
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const signUp = await api.post('/api/auth/sign-up', {
    headers: { origin },
    data: {
      email,
      password: 'a long enough passphrase 42',
      displayName,
      role: 'student',
      countryCode: 'TH',
      schoolName,
      dateOfBirth: `${new Date().getUTCFullYear() - 20}-02-11`,
    },
  });
  expect(signUp.status(), await signUp.text()).toBe(202);
  return email;
}

/**
 * Queues a recurring job now, as its schedule would when due (the hourly reminders, the daily digest): the job goes
 * into the platform's queue on its embedded Postgres, and the platform's own worker runs it. The suite's ports move
 * together (playwright.config.ts): the app's 3210 + offset, the embedded Postgres's 54510 + offset.
 */
export async function runScheduledJobNow(name: string): Promise<void> {
  const port = 54510 + Number(new URL(test.info().project.use.baseURL!).port) - 3210;
  const client = new pg.Client({ connectionString: `postgres://clapper:clapper-embedded@127.0.0.1:${port}/clapper` });
  await client.connect();
  try {
    await client.query(`INSERT INTO pgboss.job (name, data) VALUES ($1, '{}'::jsonb)`, [name]);
  } finally {
    await client.end();
  }
}
