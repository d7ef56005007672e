import { expect, test, type Page } from '@playwright/test';
import { DEMO, shot, signIn, useEnglish } from './helpers';
import { draftEntry, freshCompetition, freshStudent, retireCompetition } from './fresh-round';
import { apiAs, closeOpened, headers, judgeEmail, ok } from './judging-data';

const FLOW = 'dashboard';
const DEMO_NAME = 'ASEAN–Japan Cybersecurity Awareness Video Competition 2027';
const PHONE = { width: 390, height: 844 };

test.afterAll(closeOpened);

/** The dashboard's panels are all there, each under its heading. */
async function expectPanels(page: Page) {
  for (const name of ['Setup checklist', 'Needs attention', 'Deadlines', 'Judging progress', 'Entries'])
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
}

test('the organiser opens a competition on its dashboard: checklist, deadlines, funnel, and each step links to where it is done', async ({ page }) => {
  await useEnglish(page);
  await signIn(page, DEMO.organiser);
  await page.getByRole('link', { name: DEMO_NAME, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/competitions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: DEMO_NAME })).toBeVisible();
  await expectPanels(page);

  const checklist = page.getByRole('region', { name: 'Setup checklist' });
  const steps = checklist.getByRole('listitem');
  await expect(steps).toHaveCount(7);
  // the demo has its categories and the default licence; its rounds wait for countries with coordinators
  await expect(steps.nth(1)).toContainText('CategoriesDone');
  await expect(steps.nth(1)).toContainText('3 categories.');
  await expect(steps.nth(2)).toContainText('To do');
  await expect(steps.nth(2)).toContainText('no coordinator yet');
  await expect(steps.nth(3)).toContainText('Done');

  const deadlines = page.getByRole('region', { name: 'Deadlines' });
  await expect(deadlines.getByRole('listitem').first()).toContainText('Submissions');
  await expect(deadlines.getByRole('listitem').first()).toContainText(/Closes in \d+ months?/);

  await shot(page, FLOW, '01-organiser-desktop');

  await page.setViewportSize(PHONE);
  await expect(page.getByRole('heading', { level: 1, name: DEMO_NAME })).toBeVisible();
  await shot(page, FLOW, '02-organiser-phone');
  await page.setViewportSize({ width: 1280, height: 800 });

  // a step's link opens the settings at its section
  await steps
    .nth(0)
    .getByRole('link', { name: /Details and rules/ })
    .click();
  await expect(page).toHaveURL(/\/admin\/competitions\/[0-9a-f-]{36}\/settings#cf-basics-h$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Basics' })).toBeFocused();
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page.getByRole('region', { name: 'Setup checklist' })).toBeVisible();
});

test('an alert names what to fix and links to it', async ({ page, browser }) => {
  const organiser = await apiAs(browser, DEMO.organiser);
  const competition = await freshCompetition(organiser, 'Dashboard Cup');
  try {
    const round = await ok<{ id: string }>(
      organiser.post('/api/rounds', {
        headers: headers(),
        data: {
          competitionId: competition.id,
          kind: 'national',
          countryCode: 'TH',
          opensAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
          closesAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
          judgesPerEntry: 1,
        },
      }),
    );
    await ok(organiser.post('/api/invitations', { headers: headers(), data: { email: judgeEmail('TH'), role: 'judge', roundId: round.id } }));
    const student = await freshStudent(browser, 'Dashboard Student');
    await draftEntry(student.request, competition, {
      title: 'Think before you click',
      members: [{ fullName: 'Dashboard Student', role: 'director', dateOfBirth: `${new Date().getUTCFullYear() - 20}-02-02` }],
    });

    await useEnglish(page);
    await signIn(page, DEMO.organiser);
    await page.goto(`/admin/competitions/${competition.id}`);
    await expectPanels(page);
    const alerts = page.getByRole('region', { name: 'Needs attention' });
    const alert = alerts.getByRole('listitem').filter({ hasText: 'National round · Thailand: 1 invited judge has not accepted yet.' });
    await expect(alert).toBeVisible();
    // the round's judging window is listed with what is left before it opens
    await expect(page.getByRole('region', { name: 'Deadlines' }).getByRole('listitem').filter({ hasText: 'National round · Thailand' })).toContainText(
      /Opens (in |next |tomorrow)/,
    );
    // the funnel: one draft, from Thailand; by country, Japan has none
    const funnel = page.getByRole('region', { name: 'Entries', exact: true });
    await funnel.getByRole('button', { name: 'By country' }).click();
    await funnel.getByRole('button', { name: 'Show the figures as a table' }).click();
    const table = funnel.getByRole('table', { name: 'Entries by stage and country' });
    await expect(table.getByRole('row')).toHaveText([/^CountryDrafts/, /^Japan000000$/, /^Thailand100000$/]);
    await funnel.getByRole('button', { name: 'Show the figures as a table' }).click();
    await shot(page, FLOW, '03-alert');
    await alert.getByRole('link', { name: /^Open the panel/ }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/rounds/${round.id}/panel$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Thailand');
  } finally {
    await retireCompetition(organiser, competition);
  }
});

test("a coordinator sees the same dashboard with their country's figures only", async ({ page }) => {
  await useEnglish(page);
  await signIn(page, DEMO.coordinatorTH);
  await page.goto('/coordinate/TH');
  const dashboards = page.getByRole('region', { name: 'Competition dashboards' });
  await dashboards.getByRole('link', { name: `Dashboard of ${DEMO_NAME}` }).click();
  await expect(page).toHaveURL(/\/coordinate\/TH\/competitions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: DEMO_NAME })).toBeVisible();
  await expect(page.getByText('This competition as it stands in Thailand', { exact: false })).toBeVisible();
  await expect(page.getByText('Showing the figures of Thailand only.')).toBeVisible();
  await expectPanels(page);

  // the organisers' steps (done in the demo: its details and rules are written in every language) lead nowhere for the
  // coordinator, a step still to do saying the organisers take it (dashboard.test.tsx); the country's steps link under
  // the coordinator's pages
  const steps = page.getByRole('region', { name: 'Setup checklist' }).getByRole('listitem');
  await expect(steps.nth(0)).toContainText('Details and rulesDone');
  await expect(steps.nth(0).getByRole('link')).toHaveCount(0);
  await expect(steps.nth(2)).toContainText('Done');
  await expect(steps.nth(4).getByRole('link')).toHaveAttribute('href', /^\/coordinate\/TH\/competitions\/[0-9a-f-]{36}\/rounds$/);
  await shot(page, FLOW, '04-coordinator-desktop');
  await page.setViewportSize(PHONE);
  await shot(page, FLOW, '05-coordinator-phone');

  // another country's figures are not theirs
  const other = await page.request.get(`/api/competitions/${page.url().split('/').pop()}/dashboard?country=JP`);
  expect(other.status()).toBe(403);
});
