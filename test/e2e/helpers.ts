import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Where the e2e tests write the media they generate. */
export const MEDIA_DIR = path.resolve(__dirname, '..', '..', 'test-results', 'e2e-media');

/**
 * A real 35 s H.264/AAC clip from ffmpeg (the demo rules want 30–180 s) at a fixed low video bitrate, so its size
 * is predictable: 2400–2700 kbit/s gives 11–12 MB, two 8 MiB upload parts.
 */
export function makeClip(name: string, o: { videoKbps: number; toneHz: number }): string {
  mkdirSync(MEDIA_DIR, { recursive: true });
  const file = path.join(MEDIA_DIR, name);
  execFileSync('ffmpeg', [
    '-y', '-loglevel', 'error',
    '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=30',
    '-f', 'lavfi', '-i', `sine=frequency=${o.toneHz}`,
    '-t', '35',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', `${o.videoKbps}k`, '-maxrate', `${o.videoKbps}k`, '-bufsize', `${o.videoKbps * 2}k`,
    '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '64k', '-shortest', file,
  ]);
  return file;
}

export const DEMO = {
  organiser: { email: 'organiser@demo.clapper.local', password: 'demo-organiser-pass' },
  coordinatorTH: { email: 'coordinator.th@demo.clapper.local', password: 'demo-coordinator-pass' },
  student: { email: 'student@demo.clapper.local', password: 'demo-student-pass' },
} as const;

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
