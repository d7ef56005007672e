import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { COMPETITION } from './drafts';
import {
  declareLanguages,
  draftEntry,
  freshCompetition,
  freshStudent,
  openRoundWithJudge,
  retireCompetition,
  startEntryUpload,
  submitAndScreen,
  type Account,
  type FreshCompetition,
} from './fresh-round';
import { DEMO, makeClip, MEDIA_DIR, shot, signIn, signUpUnconfirmed, useEnglish } from './helpers';
import { apiAs, closeOpened, demoCompetition, headers, ok } from './judging-data';
import { guardianEmail, guardianLinkFor } from './guardian';

/**
 * Issue 6 (WCAG 2.2 AA): every page of the web app, as each role that can reach it, checked with axe once its data
 * has loaded, and the open states that matter (a confirm panel, a dialog, a form showing its errors). A reviewer
 * can tick the routes of apps/web/src/app/router.tsx off against PAGES below.
 *
 * The public showcase pages (edition, entry, embed) and the ceremony deck exist only once the 2026 results are
 * sealed or published, which results-showcase.spec.ts does: they are checked there. This spec changes nothing the
 * other specs rely on: it builds a competition, students, a round and a judge of its own, and only looks at the
 * demo's data.
 */
const PAGES = {
  anonymous: [
    '/ (landing)',
    '/sign-in (and its errors)',
    '/sign-up (and its errors)',
    '/forgot-password (and its errors)',
    '/reset-password/:token (a token that is not valid: the form, then its refusal)',
    '/competitions/:slug',
    '/showcase (server-rendered list; its 404 page too)',
    '/invite/:token (a real invitation and its errors; a token that is not valid)',
    '/consent/:token (a real guardian link, its errors; and a token that is not valid)',
    '/verify-email/:token (a real link before and after confirming; a token that is not valid, refused)',
    '/unsubscribe/:token (a token that is not valid; a real one in notifications.spec.ts)',
    '* (not found)',
  ],
  student: [
    '/me/security (sessions, change password)',
    '/me/notifications (the list, the bell)',
    '/me/notifications/settings',
    '/me/entries',
    '/me/entries/new (and its errors)',
    '/me/entries/:id (draft: checklist, details, editors open, team and consents, video, subtitles, licence, credits, submit; submitted: player, results)',
    '/vote/:competitionId',
  ],
  coordinator: [
    '/coordinate/:country',
    '/coordinate/:country/entries (the central list, restricted to the country)',
    '/coordinate/:country/entries/:id',
    '/coordinate/:country/competitions/:competitionId',
    '/coordinate/:country/competitions/:competitionId/texts (the consent and licence texts, a language open)',
    '/coordinate/:country/competitions/:competitionId/rounds',
    '/coordinate/:country/competitions/:competitionId/rounds/new',
    '/coordinate/:country/rounds/:id/:section (setup, panel, assignment, progress, scores, ranking)',
    '/coordinate/:country/campaigns',
    '/coordinate/:country/campaigns/:id',
  ],
  judge: ['/judge', '/judge/rounds/:id/declaration', '/judge/rounds/:id', '/judge/rounds/:id/entries/:roundEntryId (and its errors)'],
  organiser: [
    '/admin',
    '/admin/competitions/new (and its errors)',
    '/admin/competitions/:id',
    '/admin/competitions/:id/settings',
    '/admin/competitions/:id/texts (the consent and licence texts, a language open for review)',
    '/admin/entries (the central list, a bulk confirmation)',
    '/admin/entries/:id (the review queue)',
    '/admin/competitions/:id/results',
    '/admin/competitions/:id/awards (an award form, the override dialog, a delete confirmation)',
    '/admin/invitations',
    '/admin/outbox (a message open)',
    '/admin/audit',
    '/admin/users',
    '/admin/campaigns (the new campaign form)',
    '/admin/campaigns/:id',
    '/admin/competitions/:competitionId/rounds',
    '/admin/competitions/:competitionId/rounds/new (and its errors)',
    '/admin/rounds/:id/:section (setup, panel, assignment with its confirmation, progress, scores, ranking; an open and a closed round)',
    '/vote/:competitionId',
    '/ceremony/:competitionId (before the results are sealed; the deck is checked in results-showcase.spec.ts)',
    '/ceremony/:competitionId/audience (the audience window, checked in ceremony.spec.ts with the presenter)',
  ],
  // results-showcase.spec.ts: /showcase/:slug, /showcase/:slug/entries/:code, /showcase/:slug/embed/:code, the ceremony deck
};

const FLOW = 'a11y';
const PAST = 'asean-japan-2026';
const clip = path.join(MEDIA_DIR, 'a11y-clip.mp4');
const vtt = path.join(MEDIA_DIR, 'a11y-clip.en.vtt');
const TEAM_TH = { email: 'team.th@demo.clapper.local', password: 'demo-team-pass' };
const DEMO_JUDGE = { email: 'judge@demo.clapper.local', password: 'demo-judge-pass-2027' };

const minorBirthDate = () => `${new Date().getUTCFullYear() - 15}-07-22`;
const adultBirthDate = () => `${new Date().getUTCFullYear() - 20}-02-11`;

/** Goes to the address and waits for the page's heading and for its data (no loading indicator left). */
async function open(page: Page, url: string, heading?: string | RegExp): Promise<void> {
  await page.goto(url);
  await settle(page, heading);
}

async function settle(page: Page, heading?: string | RegExp): Promise<void> {
  if (heading) await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  else await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('.loading, [aria-busy="true"]')).toHaveCount(0);
}

async function check(page: Page, url: string, label: string, heading?: string | RegExp): Promise<void> {
  await open(page, url, heading);
  await expectAccessible(page, label);
}

let browserPage: (who?: { email: string; password: string }) => Promise<Page>;

interface World {
  organiser: APIRequestContext;
  competition: FreshCompetition;
  past: { id: string; roundId: string };
  demo: { id: string };
  draft: { id: string; student: Account; guardianLink: string; verifyLink: string };
  inviteLink: string;
  thaiCampaignId: string;
  submitted: { id: string; student: Account; request: APIRequestContext };
  campaignId: string;
}
let world: World;

/** The address of the link in the newest email to `to` (read from the organisers' outbox). */
async function mailedLink(organiser: APIRequestContext, to: string, pattern: RegExp): Promise<string> {
  const outbox = await ok<{ items: { to: string; text: string }[] }>(organiser.get('/api/admin/outbox?limit=50'));
  const text = outbox.items.find((m) => m.to === to)?.text ?? '';
  const found = text.match(pattern);
  expect(found, `a link in the email to ${to}`).toBeTruthy();
  return found![0];
}

/** The round of the spec's own competition, opened once the submitted entry is ready (made on first use). */
let round: Promise<{ roundId: string; judge: Account; roundEntryId: string }> | null = null;
function theRound(browser: Browser) {
  round ??= (async () => {
    await submitAndScreen(browser, world.submitted.request, world.submitted.id);
    const r = await openRoundWithJudge(browser, world.organiser, world.competition, 'Anong A11y Judge');
    const judgeApi = await apiAs(browser, r.judge);
    const queue = await ok<{ items: { roundEntryId: string }[] }>(judgeApi.get(`/api/judge/rounds/${r.roundId}/queue`));
    expect(queue.items).toHaveLength(1);
    return { ...r, roundEntryId: queue.items[0].roundEntryId };
  })();
  return round;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  makeClip('a11y-clip.mp4', { videoKbps: 300, toneHz: 587 });
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'Think before you click.', ''].join('\n'));
  const organiser = await apiAs(browser, DEMO.organiser);
  const competition = await freshCompetition(organiser, 'Accessibility Check Cup');
  // a draft with a minor, whose guardian link is asked for
  const a = await freshStudent(browser, 'Ploy Draftwriter');
  const draft = await draftEntry(a.request, competition, {
    title: 'Passwords are like toothbrushes',
    members: [
      { fullName: 'Ploy Draftwriter', role: 'director', dateOfBirth: adultBirthDate() },
      { fullName: 'Nong Minor', role: 'actor', dateOfBirth: minorBirthDate() },
    ],
  });
  const minor = draft.members.find((m) => m.fullName === 'Nong Minor')!;
  const nongGuardian = guardianEmail('Nong Minor parent');
  await ok(a.request.post(`/api/entries/${draft.id}/members/${minor.id}/guardian-link`, { headers: headers(), data: { guardianEmail: nongGuardian } }));
  const link = await guardianLinkFor(organiser, nongGuardian);
  // a sign-up whose address is not confirmed yet: its mailed link opens the email confirmation page
  const unconfirmed = await signUpUnconfirmed(organiser, 'a11y', 'Mali Unconfirmed', 'Demo Secondary School');
  // an invitation for a coordinator, opened but never accepted
  const invitee = `a11y-coordinator-${Date.now()}@e2e.clapper.test`;
  await ok(organiser.post('/api/invitations', { headers: headers(), data: { email: invitee, role: 'coordinator', countryCode: 'JP' } }));
  // an entry that is uploaded now and submitted once its video is processed
  const b = await freshStudent(browser, 'Niran Submitter');
  const entry = await draftEntry(b.request, competition, {
    title: 'The message from the bank',
    members: [{ fullName: 'Niran Submitter', role: 'director', dateOfBirth: adultBirthDate() }],
  });
  await startEntryUpload(b.request, competition, entry, clip, vtt);
  const pastId = (await ok<{ id: string; slug: string }[]>(organiser.get('/api/competitions'))).find((c) => c.slug === PAST)!.id;
  const pastRound = (await ok<{ id: string; kind: string }[]>(organiser.get(`/api/rounds?competitionId=${pastId}`))).find((r) => r.kind === 'final')!;
  const campaign = await ok<{ id: string }>(
    organiser.post('/api/campaigns', { headers: headers(), data: { competitionId: competition.id, name: 'Accessibility check campaign' } }),
  );
  const coordinator = await apiAs(browser, DEMO.coordinatorTH);
  const thaiCampaign = await ok<{ id: string }>(
    coordinator.post('/api/campaigns', { headers: headers(), data: { competitionId: competition.id, name: 'Thai accessibility check campaign' } }),
  );
  world = {
    organiser,
    competition,
    past: { id: pastId, roundId: pastRound.id },
    demo: await demoCompetition(organiser),
    draft: { id: draft.id, student: a.account, guardianLink: link, verifyLink: await mailedLink(organiser, unconfirmed, /\/verify-email\/[A-Za-z0-9_-]+/) },
    inviteLink: await mailedLink(organiser, invitee, /\/invite\/[A-Za-z0-9_-]+/),
    thaiCampaignId: thaiCampaign.id,
    submitted: { id: entry.id, student: b.account, request: b.request },
    campaignId: campaign.id,
  };
});
test.afterAll(async () => {
  if (world) await retireCompetition(world.organiser, world.competition);
  await closeOpened();
});

test('the list above names every route of the web app', () => {
  // every route pattern in paths.ts ('/admin/rounds/:id/:section?' and the like) starts an entry of PAGES
  const source = readFileSync(path.resolve(__dirname, '../../apps/web/src/app/paths.ts'), 'utf8');
  const patterns = [...new Set([...source.matchAll(/'(\/[^']*)'/g)].map((m) => m[1].replace(/\?$/, '')))];
  expect(patterns.length).toBeGreaterThan(30);
  const listed = Object.values(PAGES).flat();
  const missing = patterns.filter((p) => !listed.some((entry) => entry === p || entry.startsWith(`${p} `)));
  expect(missing, 'routes with no accessibility check').toEqual([]);
});

test.beforeEach(({ browser }) => {
  browserPage = async (who) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await useEnglish(page);
    if (who) await signIn(page, who);
    return page;
  };
});

test('an anonymous visitor: landing, sign-in, sign-up, competition, showcase, invitation, guardian consent, email confirmation, not found', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await useEnglish(page);
  await check(page, '/', 'landing', 'Make a video that keeps people safe online');
  await shot(page, FLOW, '01-landing');
  await check(page, '/competitions/asean-japan-2027', 'competition page', COMPETITION);

  await check(page, '/sign-in', 'sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expectAccessible(page, 'sign-in with errors');

  await check(page, '/sign-up', 'sign-up', 'Create your account');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expectAccessible(page, 'sign-up with errors');
  await shot(page, FLOW, '02-sign-up-errors');

  await check(page, '/forgot-password', 'forgot password', 'Forgot your password?');
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expectAccessible(page, 'forgot password with errors');
  await check(page, '/reset-password/not-a-real-token-but-long-enough', 'reset password', 'Choose a new password');
  await page.locator('#rp-password').fill('a long enough passphrase 42');
  await page.locator('#rp-again').fill('a long enough passphrase 42');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByText('This link is not valid, or it was already used.')).toBeVisible();
  await expectAccessible(page, 'reset password, link refused');

  await check(page, '/showcase', 'showcase editions', 'Showcase');
  await page.goto(`/showcase/${PAST}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectAccessible(page, 'showcase not found');

  await check(page, '/no-such-page', 'not found', 'Page not found');
  await check(page, world.inviteLink, 'invitation', 'Your invitation');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expectAccessible(page, 'invitation with errors');
  await page.goto('/invite/not-a-real-token');
  await expect(page.getByText('This invitation can no longer be used')).toBeVisible();
  await expectAccessible(page, 'invitation, bad token');

  await page.goto(world.draft.guardianLink);
  await expect(page.getByRole('heading', { level: 1, name: 'Consent for a team member' })).toBeVisible();
  await expectAccessible(page, 'guardian consent');
  await page.getByRole('button', { name: 'I agree', exact: true }).click();
  await expect(page.getByText('There is a problem')).toBeVisible();
  await expectAccessible(page, 'guardian consent with errors');
  await page.goto('/consent/not-a-real-token');
  await expect(page.getByText('This link is not valid')).toBeVisible();
  await expectAccessible(page, 'guardian consent, bad token');

  await check(page, world.draft.verifyLink, 'email confirmation', 'Verify your email address');
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByText(/is confirmed/)).toBeVisible();
  await expectAccessible(page, 'email confirmed');
  await check(page, '/verify-email/not-a-real-token', 'email confirmation, bad token', 'Verify your email address');
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'email confirmation refused');
  await check(page, '/unsubscribe/not-a-real-token-but-long-enough', 'unsubscribe, bad token', 'This link does not work');
});

test('a student: my entries, a new entry, a draft with every panel and editor, a submitted entry, the vote', async ({ browser }) => {
  test.setTimeout(240_000);
  const student = await browserPage(DEMO.student);
  await check(student, '/me/security', 'account security', 'Account security');
  await check(student, '/me/notifications', 'notifications', 'Notifications');
  await check(student, '/me/notifications/settings', 'notification settings', 'Notification settings');
  await check(student, '/me/entries', 'my entries', 'My entries');
  await check(student, '/me/entries/new', 'new entry', 'New entry');
  await student.getByRole('button', { name: 'Create entry' }).click();
  await expect(student.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expectAccessible(student, 'new entry with errors');
  await check(student, `/vote/${world.demo.id}`, 'vote, voting off');

  // the draft: checklist, details, team and consents (a guardian link asked for), video, subtitles, licence, credits, submit
  const writer = await browserPage(world.draft.student);
  await open(writer, `/me/entries/${world.draft.id}`, 'Passwords are like toothbrushes');
  await expect(writer.getByRole('region', { name: 'Before you can submit' })).toBeVisible();
  await expect(writer.getByRole('region', { name: 'Team and consents' }).getByText('We emailed the guardian a link. Waiting for their answer.')).toBeVisible();
  await expectAccessible(writer, 'draft entry');
  const editor = writer.getByRole('region', { name: 'Change the entry' });
  await editor.getByRole('button', { name: 'Edit details' }).click();
  await editor.getByLabel('Title').fill('');
  await editor.getByRole('button', { name: 'Save details' }).click();
  await expect(editor.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expectAccessible(writer, 'draft entry, details editor with errors');
  await shot(writer, FLOW, '03-draft-details-errors');
  await writer.reload();
  await settle(writer);
  await editor.getByRole('button', { name: 'Edit the team' }).click();
  await editor.getByRole('button', { name: 'Add a member' }).click();
  await expectAccessible(writer, 'draft entry, team editor');
  await writer.reload();
  await settle(writer);
  const team = writer.getByRole('region', { name: 'Team and consents' });
  await team.getByRole('button', { name: 'Upload a signed form for Nong Minor instead' }).click();
  await expectAccessible(writer, 'draft entry, signed form upload open');

  // submitted, with a processed video and subtitles (once the worker has got to it)
  await theRound(browser);
  const submitter = await browserPage(world.submitted.student);
  await open(submitter, `/me/entries/${world.submitted.id}`, 'The message from the bank');
  await expect(submitter.getByRole('region', { name: 'Video' }).locator('video')).toBeVisible();
  await expectAccessible(submitter, 'submitted entry with its video');

  // a finalist team of 2026: the entry with its (sealed or not) results
  const finalist = await browserPage(TEAM_TH);
  const teamEntry = (await ok<{ id: string }[]>((await apiAs(browser, TEAM_TH)).get('/api/entries')))[0];
  await check(finalist, `/me/entries/${teamEntry.id}`, 'finalist entry');
  await check(finalist, '/me/entries', 'finalist: my entries', 'My entries');
});

test('the Thai coordinator: country overview, an entry to review, rounds, campaigns', async ({ browser }) => {
  test.setTimeout(240_000);
  const { roundId } = await theRound(browser);
  const coordinator = await browserPage(DEMO.coordinatorTH);
  await settle(coordinator, 'Country overview: Thailand');
  await expectAccessible(coordinator, 'coordinator: country overview');
  await check(coordinator, `/coordinate/TH/entries/${world.draft.id}`, 'coordinator: draft entry', 'Passwords are like toothbrushes');
  await check(coordinator, `/coordinate/TH/entries/${world.submitted.id}`, 'coordinator: entry to review', 'The message from the bank');
  await coordinator.getByLabel('Ineligible', { exact: true }).check();
  await coordinator.getByRole('button', { name: 'Save decision' }).click();
  await expect(coordinator.getByRole('alert').first()).toBeVisible();
  await expectAccessible(coordinator, 'coordinator: screening with errors');
  // refused without a reason: the entry stays eligible (and in the round)
  expect((await ok<{ eligibility: string }>(world.organiser.get(`/api/entries/${world.submitted.id}`))).eligibility).toBe('eligible');
  await check(coordinator, `/coordinate/TH/entries?competitionId=${world.competition.id}`, 'coordinator: entries list');
  await check(coordinator, `/coordinate/TH/competitions/${world.competition.id}`, 'coordinator: competition dashboard');
  await open(coordinator, `/coordinate/TH/competitions/${world.competition.id}/texts`, 'Consent and licence texts');
  await coordinator.locator('details.legal-text summary').first().click();
  await expectAccessible(coordinator, 'coordinator: consent and licence texts');
  await check(coordinator, `/coordinate/TH/competitions/${world.competition.id}/rounds`, 'coordinator: rounds');
  await check(coordinator, `/coordinate/TH/competitions/${world.competition.id}/rounds/new`, 'coordinator: new round');
  for (const section of ['setup', 'panel', 'assignment', 'progress', 'scores', 'ranking'])
    await check(coordinator, `/coordinate/TH/rounds/${roundId}/${section}`, `coordinator: round ${section}`);
  await check(coordinator, `/coordinate/TH/campaigns/${world.thaiCampaignId}`, 'coordinator: campaign');
  await check(coordinator, '/coordinate/TH/campaigns', 'coordinator: campaigns');
  await coordinator.getByRole('button', { name: 'New campaign' }).click();
  await coordinator.getByRole('button', { name: 'Create campaign' }).click();
  await expect(coordinator.getByRole('alert').first()).toBeVisible();
  await expectAccessible(coordinator, 'coordinator: new campaign with errors');
});

test('a judge: rounds, declaration, queue, scoring', async ({ browser }) => {
  test.setTimeout(240_000);
  const demoJudge = await browserPage(DEMO_JUDGE);
  await check(demoJudge, '/judge', 'judge without rounds');

  const { roundId, judge, roundEntryId } = await theRound(browser);
  const page = await browserPage(judge);
  await check(page, '/judge', 'judge: rounds');
  await check(page, `/judge/rounds/${roundId}/declaration`, 'judge: declaration');
  await declareLanguages(await apiAs(browser, judge), roundId);
  await check(page, `/judge/rounds/${roundId}`, 'judge: queue');
  await check(page, `/judge/rounds/${roundId}/entries/${roundEntryId}`, 'judge: scoring');
  await page.getByRole('button', { name: 'Submit scores' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectAccessible(page, 'judge: scoring with errors');
  await shot(page, FLOW, '05-scoring-errors');
});

test('the organiser: console, competitions, results, awards, invitations, outbox, audit, users, campaigns, rounds, vote, ceremony', async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await browserPage(DEMO.organiser);
  await settle(page, 'Competitions');
  await expectAccessible(page, 'admin console');
  await check(page, '/admin/competitions/new', 'new competition');
  await page.getByRole('button', { name: 'Create competition' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expectAccessible(page, 'new competition with errors');
  await check(page, `/admin/competitions/${world.demo.id}`, 'competition dashboard');
  await check(page, `/admin/competitions/${world.demo.id}/settings`, 'competition settings');
  await open(page, `/admin/competitions/${world.demo.id}/texts`, 'Consent and licence texts');
  await page.locator('details.legal-text summary').nth(1).click();
  await expectAccessible(page, 'consent and licence texts');
  // the spec's own competition: a draft and a submitted entry
  await check(page, `/admin/entries?competitionId=${world.competition.id}`, 'entries list');
  await page.getByRole('checkbox', { name: /The message from the bank/ }).check();
  await page.getByRole('button', { name: 'Mark eligible' }).click();
  await expect(page.getByRole('group').filter({ hasText: 'Cancel' })).toBeVisible();
  await expectAccessible(page, 'entries list: bulk confirmation');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('table').getByRole('link', { name: 'The message from the bank' }).click();
  await settle(page);
  await expectAccessible(page, 'review queue');

  await check(page, `/admin/competitions/${world.past.id}/results`, 'results');
  await check(page, `/admin/competitions/${world.past.id}/awards`, 'awards');
  await page.getByRole('button', { name: 'Add an award' }).click();
  await page.getByRole('button', { name: 'Create the award' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectAccessible(page, 'awards: new award with errors');
  await page.reload();
  await settle(page);
  await page.getByRole('button', { name: 'Override winners' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Save the winners' }).click();
  await expect(page.getByRole('dialog').getByRole('alert').first()).toBeVisible();
  await expectAccessible(page, 'awards: override dialog with errors');
  await shot(page, FLOW, '04-override-dialog');
  // Escape closes it, and the focus goes back to the button that opened it
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Override winners' }).first()).toBeFocused();
  await page
    .getByRole('button', { name: /^Delete / })
    .first()
    .click();
  await expect(page.getByRole('group').filter({ hasText: 'Cancel' }).first()).toBeVisible();
  await expectAccessible(page, 'awards: delete confirmation');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: /^Delete / }).first()).toBeFocused();

  await check(page, '/admin/invitations', 'invitations', 'Invitations');
  await check(page, '/admin/outbox', 'outbox', 'Outbox');
  await page.getByText('Show the message').first().click();
  await expectAccessible(page, 'outbox, a message open');
  await check(page, '/admin/audit', 'audit');
  await check(page, '/admin/users', 'users', 'Users');
  await check(page, '/admin/campaigns', 'campaigns');
  await page.getByRole('button', { name: 'New campaign' }).click();
  await expectAccessible(page, 'campaigns: new campaign form');
  await check(page, `/admin/campaigns/${world.campaignId}`, 'campaign');
  await check(page, `/vote/${world.past.id}`, 'vote: organiser');
  await page.goto(`/ceremony/${world.past.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'ceremony before sealing');

  // rounds: the closed final of 2026, then the open round of the spec's own competition
  await check(page, `/admin/competitions/${world.past.id}/rounds`, 'rounds of 2026');
  for (const section of ['setup', 'panel', 'assignment', 'progress', 'scores', 'ranking'])
    await check(page, `/admin/rounds/${world.past.roundId}/${section}`, `closed final: ${section}`);
  const { roundId } = await theRound(browser);
  await check(page, `/admin/competitions/${world.competition.id}/rounds`, 'rounds');
  await check(page, `/admin/competitions/${world.competition.id}/rounds/new`, 'new round');
  await page.getByRole('button', { name: 'Create round' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectAccessible(page, 'new round with errors');
  for (const section of ['setup', 'panel', 'assignment', 'progress', 'scores', 'ranking'])
    await check(page, `/admin/rounds/${roundId}/${section}`, `open round: ${section}`);
  await open(page, `/admin/rounds/${roundId}/assignment`);
  await page.getByRole('button', { name: 'Run assignment' }).click();
  await expect(page.getByRole('group').filter({ hasText: 'Cancel' })).toBeVisible();
  await expectAccessible(page, 'open round: assignment confirmation');
  await page.keyboard.press('Escape');
});
