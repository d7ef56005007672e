import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { DEMO, MEDIA_DIR, shot, signIn, useEnglish } from './helpers';
import { apiAs, closeOpened, headers, newContext, ok } from './judging-data';
import { activate, expectFocusVisible, tabTo } from './keyboard';

/**
 * Issue 5's flow on the demo's judged 2026 edition (seeded: a closed final with locked scorecards and four awards):
 * results computed and sealed while the showcase shows nothing; the ceremony stepped through and the results
 * published; the winner playing with captions on the public entry page; a campaign media kit downloaded and every
 * file in it checked; a consent withdrawn, and the work gone from the showcase and the embed at once.
 *
 * Issue 6 checks the pages that exist only here with axe (the ceremony deck, the showcase's edition, entry and embed
 * pages), the ceremony under reduced motion, and a visitor finding and playing the winner from the keyboard alone.
 * The tests run in order: each goes on from where the one before left the edition.
 */
test.describe.configure({ mode: 'serial' });
const SLUG = 'asean-japan-2026';
/** the edition's name on the showcase (other specs' own competitions may be published there too, today's date on them) */
const EDITION = 'ASEAN–Japan Cybersecurity Awareness Video Competition 2026';
const WINNER = 'TH-0001';
const WINNER_TITLE = 'คิดก่อนคลิก (Think Before You Click)';
const TEAM_TH = { email: 'team.th@demo.clapper.local', password: 'demo-team-pass' };

test.afterEach(closeOpened);

async function pastEdition(organiser: APIRequestContext): Promise<{ id: string }> {
  const list = await ok<{ id: string; slug: string }[]>(organiser.get('/api/competitions'));
  return list.find((c) => c.slug === SLUG)!;
}

/** What an anonymous visitor gets at a showcase address: the status and the page's text. */
async function visit(page: Page, url: string): Promise<{ status: number; text: string }> {
  const res = await page.goto(url);
  return { status: res!.status(), text: await page.locator('body').innerText() };
}

test('results are sealed, revealed at the ceremony, shown on the showcase, and reused in a campaign', async ({ page, browser }) => {
  test.setTimeout(300_000);
  await useEnglish(page);
  const organiserApi = await apiAs(browser, DEMO.organiser);
  const edition = await pastEdition(organiserApi);
  // the seeded videos are processed by the worker after start, one after the other
  const ids = (await ok<{ id: string }[]>(organiserApi.get(`/api/entries?competitionId=${edition.id}`))).map((e) => e.id);
  expect(ids).toHaveLength(6);
  await expect
    .poll(
      async () =>
        (await Promise.all(ids.map(async (id) => (await ok<{ status: string }>(organiserApi.get(`/api/entries/${id}/video`))).status))).every(
          (s) => s === 'ready',
        ),
      {
        timeout: 180_000,
        intervals: [2000],
      },
    )
    .toBe(true);

  // 1. Results are computed and sealed, and the public showcase shows nothing of them
  await signIn(page, DEMO.organiser);
  await page.goto(`/admin/competitions/${edition.id}/results`);
  const ranking = page.getByRole('table').first();
  await expect(ranking).toContainText(WINNER);
  await expect(page.getByText('How these results were computed')).toBeVisible();
  await shot(page, 'results', '1-final-results');
  await page.goto(`/admin/competitions/${edition.id}/awards`);
  await page.getByRole('button', { name: 'Assign from results' }).click();
  await expect(page.getByText('Awards assigned from the final').first()).toBeVisible();
  await page.getByRole('button', { name: 'Seal the results' }).click();
  await expect(page.getByText('The results are frozen and hidden')).toBeVisible();
  await shot(page, 'results', '2-awards-sealed');
  await expectAccessible(page, 'awards, sealed');

  const visitor = await (await newContext(browser)).newPage();
  const editions = await visit(visitor, '/showcase');
  expect(editions.status).toBe(200);
  expect(editions.text).not.toContain(EDITION);
  for (const url of [
    `/showcase/${SLUG}`,
    `/showcase/${SLUG}/entries/${WINNER}`,
    `/showcase/${SLUG}/embed/${WINNER}`,
    `/showcase/${SLUG}/media/${WINNER}/video`,
  ]) {
    const seen = await visit(visitor, url);
    expect(seen.status, url).toBe(404);
    expect(seen.text).not.toContain(WINNER_TITLE);
  }
  // nor the team, nor any API without the organiser's session
  const team = await apiAs(browser, TEAM_TH);
  const teamEntry = await winnerEntryId(organiserApi, edition.id);
  expect(await ok<{ published: boolean; rounds: unknown[] }>(team.get(`/api/entries/${teamEntry}/result`))).toMatchObject({ published: false, rounds: [] });
  expect((await visitor.request.get(`/api/competitions/${edition.id}/awards`)).status()).toBe(401);

  // 2. The organiser steps through ceremony mode and publishes
  await page.goto(`/ceremony/${edition.id}`);
  await expect(page.getByRole('region', { name: /^Opening/ })).toBeVisible();
  await expectAccessible(page, 'ceremony: opening');
  await page.keyboard.press('PageDown');
  const nominees = page.getByRole('region', { name: 'Nominees: Grand Prize' });
  await expect(nominees).toBeVisible();
  await expect(nominees).toContainText(WINNER_TITLE);
  await expect(nominees).not.toContainText(/score|rank/i);
  await shot(page, 'results', '3-ceremony-nominees');
  await expectAccessible(page, 'ceremony: nominees');
  await page.keyboard.press('ArrowRight');
  const winner = page.getByRole('region', { name: 'Winner: Grand Prize' });
  await expect(winner).toContainText(WINNER_TITLE);
  await shot(page, 'results', '4-ceremony-winner');
  await expectAccessible(page, 'ceremony: winner');
  await page.keyboard.press('PageDown');
  const video = page.getByRole('region', { name: 'Video: Grand Prize' }).locator('video');
  await expect(video).toBeVisible();
  await video.evaluate((v: HTMLVideoElement) => (v.paused ? v.play() : undefined));
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.5);
  await expectAccessible(page, 'ceremony: video');
  await page.keyboard.press('PageUp');
  await expect(winner).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('region', { name: 'Closing' })).toBeVisible();
  await expectAccessible(page, 'ceremony: closing');
  // the demo's texts are written in every language of the edition: its email signature loses its Tetum for a moment,
  // so that publishing is asked again, listing the gap (issue 17); the signature is given back once published
  const editionUrl = `/api/competitions/${edition.id}`;
  const signature = (await ok<{ emailSignature: Record<string, string> }>(organiserApi.get(editionUrl))).emailSignature;
  const withoutTetum = Object.fromEntries(Object.entries(signature).filter(([language]) => language !== 'tet'));
  await ok(organiserApi.patch(editionUrl, { headers: headers(), data: { emailSignature: withoutTetum } }));
  await page.getByRole('button', { name: 'Publish results' }).click();
  await page.getByRole('group', { name: 'Publish the results now?' }).getByRole('button', { name: 'Publish the results' }).click();
  const gaps = page.getByRole('group', { name: 'Publish the results with missing translations?' });
  await expect(gaps).toContainText('Email signature');
  await gaps.getByRole('button', { name: 'Publish anyway' }).click();
  await expect(page.getByText('Results are published')).toBeVisible();
  await ok(organiserApi.patch(editionUrl, { headers: headers(), data: { emailSignature: signature } }));
  await shot(page, 'results', '5-ceremony-published');
  await expectAccessible(page, 'ceremony: published');

  // 3. The public entry page plays the winner with captions
  const list = await visit(visitor, '/showcase');
  expect(list.text).toContain(EDITION);
  await expectAccessible(visitor, 'showcase: editions');
  const edPage = await visit(visitor, `/showcase/${SLUG}`);
  expect(edPage.status).toBe(200);
  expect(edPage.text).toContain(WINNER_TITLE);
  await expectAccessible(visitor, 'showcase: edition');
  await visitor
    .getByRole('link', { name: new RegExp(escape(WINNER_TITLE)) })
    .first()
    .click();
  await expect(visitor).toHaveURL(new RegExp(`/showcase/${SLUG}/entries/${WINNER}$`));
  await expect(visitor).toHaveTitle(new RegExp(escape(WINNER_TITLE)));
  await expect(visitor.locator('meta[property="og:video"]')).toHaveAttribute('content', /^http:\/\/localhost:\d+\/showcase\//);
  const player = visitor.locator('video');
  await player.evaluate((v: HTMLVideoElement) => v.play());
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(1);
  const captions = await player.evaluate(async (v: HTMLVideoElement) => {
    const showing = [...v.textTracks].find((t) => t.mode === 'showing');
    for (let i = 0; i < 50 && showing && !(showing.cues && showing.cues.length); i++) await new Promise((r) => setTimeout(r, 100));
    return {
      languages: [...v.textTracks].map((t) => t.language),
      showing: showing?.language,
      cues: showing?.cues?.length ?? 0,
      active: showing?.activeCues?.length ?? 0,
    };
  });
  expect(captions.languages).toEqual(expect.arrayContaining(['en', 'th']));
  expect(captions.showing).toBe('en');
  expect(captions.cues).toBeGreaterThan(0);
  expect(captions.active).toBeGreaterThan(0);
  await shot(visitor, 'results', '6-showcase-entry-playing');
  await expectAccessible(visitor, 'showcase: entry, playing');
  // credits as consented: first names only, never surnames or dates of birth
  const body = await visitor.locator('body').innerText();
  expect(body).toContain('Somchai');
  expect(body).not.toContain('Jaidee');
  expect(body).not.toMatch(/2010/);

  const embed = await visit(visitor, `/showcase/${SLUG}/embed/${WINNER}`);
  expect(embed.status).toBe(200);
  await expectAccessible(visitor, 'showcase: embed');

  // 4. A campaign kit ZIP downloads with the right files inside, each checked
  await campaignKit(page, edition.id);
  await expectAccessible(page, 'campaign with a work');
});

/** Everything on the page that animates or transitions, with how long. */
async function motion(page: Page): Promise<{ moving: string[]; running: number }> {
  return page.evaluate(() => {
    const seconds = (list: string) => list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1));
    const moving: string[] = [];
    for (const el of document.querySelectorAll('*'))
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const animates = s.animationName !== 'none' && seconds(s.animationDuration).some((d) => d > 0);
        const transitions = s.transitionProperty !== 'none' && seconds(s.transitionDuration).some((d) => d > 0);
        if (animates || transitions)
          moving.push(
            `${el.tagName.toLowerCase()}.${String(el.className)}${pseudo ?? ''}: animation ${s.animationName} ${s.animationDuration}; transition ${s.transitionProperty} ${s.transitionDuration}`,
          );
      }
    return { moving, running: document.getAnimations().filter((a) => a.playState === 'running').length };
  });
}

test('the ceremony and the showcase keep still for a reader who asks for reduced motion', async ({ browser }) => {
  const organiserApi = await apiAs(browser, DEMO.organiser);
  const edition = await pastEdition(organiserApi);
  const deck = async (reducedMotion: 'reduce' | 'no-preference') => {
    const page = await (await browser.newContext({ reducedMotion })).newPage();
    await useEnglish(page);
    await signIn(page, DEMO.organiser);
    await page.goto(`/ceremony/${edition.id}`);
    await expect(page.getByRole('region', { name: /^Opening/ })).toBeVisible();
    // a new slide is where the deck would fade in
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('region', { name: 'Nominees: Grand Prize' })).toBeVisible();
    return page;
  };
  // without the preference the slide fades in (so the check below can see motion when there is some)
  const moving = await deck('no-preference');
  expect((await motion(moving)).moving.join('\n')).toMatch(/ceremony-slide.*animation ceremony-fade 0\.45s/);
  await moving.context().close();

  const still = await deck('reduce');
  expect(await motion(still)).toEqual({ moving: [], running: 0 });
  await still.keyboard.press('ArrowRight');
  await expect(still.getByRole('region', { name: 'Winner: Grand Prize' })).toBeVisible();
  expect(await motion(still)).toEqual({ moving: [], running: 0 });
  await still.goto(`/showcase/${SLUG}`);
  expect(await motion(still)).toEqual({ moving: [], running: 0 });
  await still.context().close();
});

test('from the keyboard alone, a visitor finds the winner on the showcase and plays it', async ({ browser }) => {
  const page = await (await newContext(browser)).newPage();
  await useEnglish(page);
  await page.goto('/showcase');
  await activate(page, page.getByRole('link', { name: /2026/ }).first());
  await expect(page).toHaveURL(new RegExp(`/showcase/${SLUG}$`));
  await activate(page, page.getByRole('link', { name: WINNER_TITLE }).first());
  await expect(page).toHaveURL(new RegExp(`/showcase/${SLUG}/entries/${WINNER}$`));
  await expect(page.getByRole('heading', { level: 1, name: WINNER_TITLE })).toBeVisible();

  // Tab reaches the player (its play button), Space plays it
  const player = page.locator('video');
  await tabTo(page, player, { max: 30 });
  await page.keyboard.press('Space');
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => (v.paused ? 0 : v.currentTime)), { timeout: 20_000 }).toBeGreaterThan(1);
  await shot(page, 'results', '6b-showcase-keyboard-playing');
  // the player's own controls take a few Tabs, then the focus moves on (no trap) to a control that shows it
  const inPlayer = () => player.evaluate((v) => v === document.activeElement);
  for (let presses = 0; presses < 15 && (await inPlayer()); presses++) await page.keyboard.press('Tab');
  expect(await inPlayer(), 'Tab leaves the player').toBe(false);
  await expectFocusVisible(page);
  expect(await player.evaluate((v: HTMLVideoElement) => v.paused), 'the video plays on').toBe(false);
  // and Shift+Tab leads back into it
  await tabTo(page, player, { backwards: true, max: 15 });
});

test('a withdrawn consent takes the work off the showcase and the embed at once', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await useEnglish(page);
  const organiserApi = await apiAs(browser, DEMO.organiser);
  const edition = await pastEdition(organiserApi);
  const teamEntry = await winnerEntryId(organiserApi, edition.id);
  const visitor = await (await newContext(browser)).newPage();
  await signIn(page, DEMO.organiser);

  // 5. Withdrawing a consent removes the work from the showcase and from the embed
  const embedBefore = await visit(visitor, `/showcase/${SLUG}/embed/${WINNER}`);
  expect(embedBefore.status).toBe(200);
  const teamPage = await (await newContext(browser)).newPage();
  await useEnglish(teamPage);
  await signIn(teamPage, TEAM_TH);
  await teamPage.goto(`/me/entries/${teamEntry}`);
  teamPage.once('dialog', (d) => d.accept());
  await teamPage.getByRole('button', { name: 'Withdraw consent for Somchai Jaidee' }).click();
  await expect(teamPage.getByRole('button', { name: 'Withdraw consent for Somchai Jaidee' })).toHaveCount(0);
  for (const url of [`/showcase/${SLUG}/entries/${WINNER}`, `/showcase/${SLUG}/embed/${WINNER}`, `/showcase/${SLUG}/media/${WINNER}/video`])
    expect((await visit(visitor, url)).status, url).toBe(404);
  const after = await visit(visitor, `/showcase/${SLUG}`);
  expect(after.status).toBe(200);
  expect(after.text).not.toContain(WINNER_TITLE);
  await shot(visitor, 'results', '8-showcase-after-withdrawal');
  await page.goto(`/admin/campaigns`);
  await page.getByRole('link', { name: 'Safer Internet Day 2027' }).click();
  const flagged = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: WINNER_TITLE }) });
  await expect(flagged.getByText('FLAGGED', { exact: true })).toBeVisible();
  await expect(flagged.getByText('Consent withdrawn').first()).toBeVisible();
  await expect(flagged.getByRole('link', { name: /Download media kit/ })).toHaveCount(0);
  await shot(page, 'results', '9-campaign-flagged');
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function winnerEntryId(organiser: APIRequestContext, competitionId: string): Promise<string> {
  const awards = await ok<{ awards: { suggested: { entryId: string; code: string }[]; winners: { entryId: string; code: string }[] }[] }>(
    organiser.get(`/api/competitions/${competitionId}/awards`),
  );
  const all = awards.awards.flatMap((a) => [...a.suggested, ...a.winners]);
  return all.find((w) => w.code === WINNER)!.entryId;
}

/** The organiser builds a campaign with the winner, downloads its media kit, and every file in it is checked. */
async function campaignKit(page: Page, competitionId: string): Promise<void> {
  await page.goto('/admin/campaigns');
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByLabel('Name').fill('Safer Internet Day 2027');
  await page.locator('form').getByLabel('Competition').selectOption(competitionId);
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { name: 'Safer Internet Day 2027' })).toBeVisible();
  await page.getByRole('button', { name: 'Find works to add' }).click();
  await page.getByRole('searchbox').fill(WINNER);
  await page.getByRole('button', { name: new RegExp(`Add ${WINNER}`) }).click();
  await expect(page.getByText(WINNER_TITLE).first()).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: WINNER_TITLE }) });
  await card.getByLabel(/What is it for/).fill('national TV spot');
  await expect(card.getByRole('link', { name: /Download media kit/ })).toHaveAttribute('href', /channel=national/);
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: /Download media kit/ }).click()]);
  await shot(page, 'results', '7-campaign');
  const dir = path.join(MEDIA_DIR, 'kit');
  mkdirSync(dir, { recursive: true });
  const zip = path.join(dir, 'kit.zip');
  await download.saveAs(zip);
  expect(download.suggestedFilename()).toMatch(/TH-0001/);
  const names = execFileSync('unzip', ['-Z1', zip]).toString('utf8').trim().split('\n').sort();
  const file = (suffix: string) => names.find((n) => n.endsWith(suffix))!;
  expect(names.map((n) => n.replace(/^.*?\//, ''))).toEqual(
    expect.arrayContaining(['CREDITS.txt', 'LICENCE.txt', 'poster.jpg', 'web.mp4', 'subtitles/en.vtt', 'subtitles/th.vtt']),
  );
  expect(names.some((n) => /original\.(mp4|mov|webm)$/.test(n))).toBe(true);
  execFileSync('unzip', ['-o', '-q', zip, '-d', dir]);
  const read = (name: string) => readFileSync(path.join(dir, name));
  // the rendition is H.264/AAC, the poster a JPEG, the subtitles WebVTT
  const probe = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_streams', '-of', 'json', path.join(dir, file('web.mp4'))]).toString());
  expect(probe.streams.map((s: { codec_name: string }) => s.codec_name).sort()).toEqual(['aac', 'h264']);
  const original = JSON.parse(
    execFileSync('ffprobe', [
      '-v',
      'error',
      '-show_format',
      '-of',
      'json',
      path.join(
        dir,
        names.find((n) => /original\./.test(n))!,
      ),
    ]).toString(),
  );
  expect(Number(original.format.duration)).toBeGreaterThan(29);
  // the original is a copy without its metadata: no encoder, author, dates or location
  expect(Object.keys(original.format.tags ?? {}).filter((k) => !['major_brand', 'minor_version', 'compatible_brands'].includes(k))).toEqual([]);
  expect(read(file('poster.jpg')).subarray(0, 3).toString('hex')).toBe('ffd8ff');
  expect(read(file('subtitles/en.vtt')).toString('utf8')).toMatch(/^WEBVTT/);
  expect(read(file('subtitles/th.vtt')).toString('utf8')).toMatch(/^WEBVTT/);
  const credits = read(file('CREDITS.txt')).toString('utf8');
  expect(credits).toContain(WINNER_TITLE);
  expect(credits).toContain('CC BY-NC 4.0');
  expect(credits).toContain('Somchai');
  expect(credits).not.toContain('Jaidee');
  const licence = read(file('LICENCE.txt')).toString('utf8');
  expect(licence).toContain('Creative Commons Attribution-NonCommercial 4.0');
  // the team account that accepted it carries a minor's full name: the licence names the team as its credits do
  expect(licence).toContain('credited as Somchai and Malee');
  expect(licence).not.toContain('Jaidee');
  // the download is in the log, with its channel
  await page.reload();
  await expect(page.getByRole('cell', { name: 'national TV spot' })).toBeVisible();
}
