import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  declareLanguages,
  draftEntry,
  freshCompetition,
  freshStudent,
  openRoundWithJudge,
  retireCompetition,
  startEntryUpload,
  submitAndScreen,
  wonCompetition,
  type FreshCompetition,
} from './fresh-round';
import { CLIP_HD, DEMO, makeClip, MEDIA_DIR, shot, signIn } from './helpers';
import { apiAs, closeOpened, headers, newContext, ok } from './judging-data';

/**
 * Issue 18, the adaptive ladder in the browser: a work processed by the worker (a 720p clip: four rungs) plays from the
 * showcase through hls.js, loaded only when the viewer presses play, with its English captions on, and a quality menu;
 * a browser without Media Source Extensions plays the MP4.
 */
test.describe.configure({ mode: 'serial' });
let competition: FreshCompetition;
let organiser: APIRequestContext;
let entryCode = '';
const SUBTITLE = 'Update your phone before you update your status.';
const PHONE = { width: 390, height: 844 };

test.beforeAll(async ({ browser }) => {
  test.setTimeout(360_000);
  organiser = await apiAs(browser, DEMO.organiser);
  const won = await wonCompetition(browser, organiser, {
    label: 'Ladder Cup',
    toneHz: 698,
    subtitle: SUBTITLE,
    student: 'Mali Ladder',
    title: 'Update first',
    judges: { national: 'Niran Ladder', final: 'Aiko Ladder' },
    award: () => ({ name: { en: 'Grand Prize', th: 'รางวัลชนะเลิศ' }, description: { en: 'The best video of the year.' } }),
    // HD: the four rungs, 240p to 720p, are what the spec plays
    clipSize: CLIP_HD,
  });
  competition = won.competition;
  entryCode = won.entry.code;
  await ok(organiser.post(`/api/competitions/${competition.id}/results/seal`, { headers: headers() }));
  await ok(organiser.post(`/api/competitions/${competition.id}/results/publish`, { headers: headers(), data: { confirmGaps: true } }));
});
test.afterAll(async () => {
  if (competition) await retireCompetition(organiser, competition);
  await closeOpened();
});

/** What the page asked the server for, by kind. */
function watchRequests(page: Page) {
  const seen = { library: 0, mp4: 0, segments: new Set<string>(), playlists: 0 };
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/showcase/assets/hls.js') seen.library++;
    if (url.pathname.endsWith('/video')) seen.mp4++;
    if (url.pathname.includes('/hls/') && url.pathname.endsWith('.m4s')) seen.segments.add(url.pathname.split('/hls/')[1]);
    if (url.pathname.includes('/hls/') && url.pathname.endsWith('.m3u8')) seen.playlists++;
  });
  return seen;
}

/** The video element's state, as the page sees it. */
const state = (page: Page) =>
  page.locator('video').evaluate((v: HTMLVideoElement & { hls?: { levels: { height: number }[]; currentLevel: number } }) => ({
    time: v.currentTime,
    paused: v.paused,
    attached: Boolean(v.hls),
    src: v.currentSrc,
    rung: v.getAttribute('data-rung'),
    levels: v.hls?.levels.map((l) => l.height) ?? [],
    captions: [...v.textTracks].map((t) => ({ language: t.language, mode: t.mode, cues: [...(t.activeCues ?? [])].map((c) => (c as VTTCue).text) })),
  }));

test('the showcase plays the ladder with captions: the library loads on play, never before; the quality menu switches rungs', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await newContext(browser)).newPage();
  const seen = watchRequests(page);
  await page.goto(`/showcase/${competition.slug}/entries/${entryCode}?lang=en`);
  await expect(page.locator('video')).toHaveAttribute('data-hls', /\/hls\/[0-9a-f]{32}\/master\.m3u8$/);
  // nothing of the player loads before play: no library, no playlist, no MP4
  await page.waitForLoadState('networkidle');
  expect([seen.library, seen.playlists, seen.mp4]).toEqual([0, 0, 0]);
  const quality = page.getByLabel('Quality');
  await expect(quality).toBeHidden();
  await shot(page, 'ladder', '1-entry-before-play-desktop');

  await page.locator('video').evaluate((v: HTMLVideoElement) => v.play());
  // the ladder plays: hls.js attached, the picture moving from segments of the hashed folder, and no MP4 asked for
  await expect.poll(async () => (await state(page)).time, { timeout: 30_000 }).toBeGreaterThan(2);
  const playing = await state(page);
  expect(playing.attached).toBe(true);
  expect(playing.src).toMatch(/^blob:/);
  expect(playing.levels).toEqual([240, 360, 540, 720]);
  expect(seen.library).toBe(1);
  expect(seen.mp4).toBe(0);
  expect(seen.segments.size).toBeGreaterThan(0);
  // the English captions are on, and show the line of the moment (1–6 s)
  expect(playing.captions).toEqual([{ language: 'en', mode: 'showing', cues: [SUBTITLE] }]);
  await expect(quality).toBeVisible();
  await expect(quality.locator('option')).toHaveText([/^Auto \(\d{3}p\)$/, '240p', '360p', '540p', '720p']);
  await shot(page, 'ladder', '2-entry-playing-desktop');

  // the viewer picks 240p: the player switches to it and stays
  await quality.selectOption('240p');
  await expect.poll(async () => (await state(page)).rung, { timeout: 20_000 }).toBe('240p');
  await expect.poll(async () => [...seen.segments].some((s) => s.includes('/240p/seg_'))).toBe(true);
  await quality.selectOption({ label: (await quality.locator('option').first().textContent())! });
  await page.setViewportSize(PHONE);
  await shot(page, 'ladder', '3-entry-playing-phone');
});

test('the embed plays the ladder too, and reads out its quality menu in Thai', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await (await newContext(browser)).newPage();
  await page.goto(`/showcase/${competition.slug}/embed/${entryCode}?lang=th`);
  await page.locator('video').evaluate((v: HTMLVideoElement) => v.play());
  await expect.poll(async () => (await state(page)).time, { timeout: 30_000 }).toBeGreaterThan(1);
  expect((await state(page)).attached).toBe(true);
  await expect(page.getByLabel('คุณภาพ')).toBeVisible();
  await shot(page, 'ladder', '4-embed-th');
});

/** A page whose browser has no Media Source Extensions (and, with `hls: false`, cannot play HLS itself either). */
async function withoutMse(browser: Parameters<typeof newContext>[0], o: { hls: boolean }): Promise<Page> {
  const context = await newContext(browser);
  await context.addInitScript((hls: boolean) => {
    Object.defineProperty(window, 'MediaSource', { value: undefined });
    Object.defineProperty(window, 'ManagedMediaSource', { value: undefined });
    if (!hls) {
      const own = HTMLMediaElement.prototype.canPlayType;
      HTMLMediaElement.prototype.canPlayType = function (type: string) {
        return /mpegurl/i.test(type) ? '' : own.call(this, type);
      };
    }
  }, o.hls);
  return context.newPage();
}

test('without Media Source Extensions, a browser that plays HLS itself (as Safari does) gets the ladder, with captions', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await withoutMse(browser, { hls: true });
  const seen = watchRequests(page);
  await page.goto(`/showcase/${competition.slug}/entries/${entryCode}?lang=en`);
  const native = await page.locator('video').evaluate((v: HTMLVideoElement) => v.canPlayType('application/vnd.apple.mpegurl'));
  // Debian's Chromium plays HLS itself, as Safari does
  expect(native).not.toBe('');
  await page.locator('video').evaluate((v: HTMLVideoElement) => v.play());
  await expect.poll(async () => (await state(page)).time, { timeout: 30_000 }).toBeGreaterThan(2);
  const playing = await state(page);
  expect(playing.src).toMatch(/\/hls\/[0-9a-f]{32}\/master\.m3u8$/);
  expect([seen.library, seen.mp4]).toEqual([0, 0]);
  expect(playing.captions).toEqual([{ language: 'en', mode: 'showing', cues: [SUBTITLE] }]);
});

test('a browser that can play neither gets the MP4, with its captions, and no quality menu', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await withoutMse(browser, { hls: false });
  const seen = watchRequests(page);
  await page.goto(`/showcase/${competition.slug}/entries/${entryCode}?lang=en`);
  await page.locator('video').evaluate((v: HTMLVideoElement) => v.play());
  await expect.poll(async () => (await state(page)).time, { timeout: 30_000 }).toBeGreaterThan(2);
  const playing = await state(page);
  expect(playing.attached).toBe(false);
  expect(seen.mp4).toBeGreaterThan(0);
  expect([seen.library, seen.playlists]).toEqual([0, 0]);
  expect(playing.captions).toEqual([{ language: 'en', mode: 'showing', cues: [SUBTITLE] }]);
  await expect(page.getByLabel('Quality')).toBeHidden();
});

test('the judge panel starts the next entry at the rung the judge last played at', async ({ browser }) => {
  test.setTimeout(360_000);
  const panel = await freshCompetition(organiser, 'Rung Cup');
  try {
    const vtt = path.join(MEDIA_DIR, 'rung-cup.en.vtt');
    writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', SUBTITLE, ''].join('\n'));
    for (const [i, name] of ['Dao Rung', 'Kiet Rung'].entries()) {
      const student = await freshStudent(browser, name);
      const entry = await draftEntry(student.request, panel, {
        title: `Rung ${i + 1}`,
        members: [{ fullName: name, role: 'director', dateOfBirth: `${new Date().getUTCFullYear() - 20}-02-02` }],
      });
      await startEntryUpload(student.request, panel, entry, makeClip(`rung-cup-${i}.mp4`, { videoKbps: 300, toneHz: 440 + 50 * i, size: CLIP_HD }), vtt);
      await submitAndScreen(browser, student.request, entry.id);
    }
    const round = await openRoundWithJudge(browser, organiser, panel, 'Somsak Rung');
    const judgeApi = await apiAs(browser, round.judge);
    await declareLanguages(judgeApi, round.roundId);
    const { items } = await ok<{ items: { roundEntryId: string }[] }>(judgeApi.get(`/api/judge/rounds/${round.roundId}/queue`));
    expect(items).toHaveLength(2);

    const page = await (await newContext(browser)).newPage();
    await signIn(page, round.judge);
    // the rung of each video segment the page fetched, in order
    const rungs: string[] = [];
    page.on('request', (r) => {
      const m = /\/hls\/[0-9a-f]{32}\/(\d+p)\/seg_\d+(?:-1)?\.m4s/.exec(new URL(r.url()).pathname);
      if (m) rungs.push(m[1]);
    });
    await page.goto(`/judge/rounds/${round.roundId}/entries/${items[0].roundEntryId}?lng=en`);
    const quality = page.getByLabel('Quality');
    await expect(quality).toBeVisible({ timeout: 30_000 });
    await page.locator('video').evaluate((v: HTMLVideoElement) => v.play());
    await quality.selectOption('540p');
    await expect.poll(() => rungs.at(-1), { timeout: 20_000 }).toBe('540p');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('clapper:rung:judge'))).toBe('540p');
    await shot(page, 'ladder', '5-judge-panel');

    // the next entry: its first segment is already at 540p, not the player's cautious first guess
    rungs.length = 0;
    await page.goto(`/judge/rounds/${round.roundId}/entries/${items[1].roundEntryId}?lng=en`);
    await expect.poll(() => rungs.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(rungs[0]).toBe('540p');
    // the captions still play over the ladder
    await page.locator('video').evaluate((v: HTMLVideoElement) => v.play());
    await expect
      .poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => [...(v.textTracks[0]?.activeCues ?? [])].map((c) => (c as VTTCue).text)), {
        timeout: 20_000,
      })
      .toEqual([SUBTITLE]);

    // the seeking previews: a strip of scenes from the ladder's sprite; the last one jumps to the end and is marked
    const scenes = page.getByRole('navigation', { name: 'Scenes' }).getByRole('button');
    expect(await scenes.count()).toBeGreaterThan(1);
    const sprite = await scenes
      .last()
      .locator('span')
      .evaluate((e) => /url\("?([^")]+)"?\)/.exec(getComputedStyle(e).backgroundImage)?.[1] ?? '');
    const image = await page.request.get(sprite);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/jpeg');
    await scenes.last().click();
    await expect(scenes.last()).toHaveAttribute('aria-current', 'true');
    expect(await page.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(1);
    await shot(page, 'ladder', '6-judge-scenes');
  } finally {
    await retireCompetition(organiser, panel);
  }
});
