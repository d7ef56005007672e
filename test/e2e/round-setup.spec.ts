import { expect, test } from '@playwright/test';
import { freshCompetition } from './fresh-round';
import { DEMO, shot, signIn, useEnglish } from './helpers';
import { apiAs, closeOpened } from './judging-data';

const FLOW = 'round-setup';

test.afterAll(closeOpened);

test('the organiser sets up the national rounds from the template, reads how rounds work, and adds a judge from the pool', async ({ page, browser }) => {
  const competition = await freshCompetition(await apiAs(browser, DEMO.organiser), 'Round setup');
  await useEnglish(page);
  await signIn(page, DEMO.organiser);
  await page.goto(`/admin/competitions/${competition.id}/rounds`);

  // no round yet: the templates come first, with what they would create
  await expect(page.getByRole('heading', { level: 2, name: 'Start with a template' })).toBeVisible();
  const national = page.getByRole('region', { name: 'National rounds for every participating country' });
  await expect(national.getByText('2 national rounds: Japan and Thailand')).toBeVisible();
  await expect(national.getByText('3 judges per entry · blind (judges see no names, schools or countries)')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Regional final with a quota per country' })).toBeVisible();
  // the explanation of each kind of round, and the flow drawn, with its steps as text
  await expect(page.getByRole('heading', { level: 2, name: 'Kinds of round' })).toBeVisible();
  const flow = page.getByRole('figure', { name: 'From the national rounds to the ceremony' });
  await expect(flow.locator('svg.round-flow-wide')).toBeVisible();
  await expect(flow.getByRole('listitem')).toHaveCount(4);
  await shot(page, FLOW, '01-templates-desktop');

  await national.getByRole('button', { name: 'Create 2 national rounds' }).click();
  const confirm = national.getByRole('group', { name: 'Create 2 national rounds?' });
  await expect(confirm).toBeFocused();
  await confirm.getByRole('button', { name: 'Yes, create 2 rounds' }).click();
  await expect(national.getByText(/^Created 2 national rounds: Japan and Thailand\./)).toBeVisible();
  const table = page.getByRole('table', { name: 'Rounds of this competition' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(national.getByText('Every participating country has its national round.')).toBeVisible();
  await shot(page, FLOW, '02-created-desktop');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('svg.round-flow-tall')).toBeVisible();
  await shot(page, FLOW, '03-rounds-phone');
  await page.setViewportSize({ width: 1280, height: 800 });

  // the Thai round's panel: a judge from the pool, with their past rounds
  await table.getByRole('link', { name: /Thailand/ }).click();
  await page.getByRole('navigation', { name: 'Round sections' }).getByRole('link', { name: 'Panel' }).click();
  const pool = page.getByRole('region', { name: 'Choose judges from the pool' });
  await pool.getByLabel('Name or email').fill('Siriporn');
  await pool.getByRole('button', { name: 'Search' }).click();
  const person = pool.getByRole('listitem').filter({ hasText: 'Siriporn Chaiyaporn' });
  await expect(person).toBeVisible();
  await expect(person).toContainText('Thailand');
  await expect(person.getByRole('listitem').first()).toContainText(/Regional final|National round/);
  await shot(page, FLOW, '04-pool-desktop');
  // the button says what it does; whom it adds is its description (the name beside it)
  const add = person.getByRole('button', { name: 'Add to the panel' });
  await expect(add).toHaveAccessibleDescription('Siriporn Chaiyaporn');
  await add.click();
  await expect(pool.getByText('Siriporn Chaiyaporn is on the panel, and was emailed what the round asks.')).toBeVisible();
  await expect(person.getByText('On the panel')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Judges' }).getByRole('rowheader').filter({ hasText: 'Siriporn Chaiyaporn' })).toBeVisible();
  await shot(page, FLOW, '05-panel-desktop');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(pool.getByText('Siriporn Chaiyaporn is on the panel, and was emailed what the round asks.')).toBeVisible();
  await shot(page, FLOW, '06-panel-phone');
});
