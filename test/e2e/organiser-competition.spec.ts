import { expect, test } from '@playwright/test';
import { DEMO, shot, signIn, useEnglish } from './helpers';

const FLOW = 'organiser';

test('the organiser creates a competition with a category and rules, then finds it', async ({ page }) => {
  await useEnglish(page);
  await signIn(page, DEMO.organiser);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Competitions' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ASEAN–Japan Cybersecurity Awareness Video Competition 2027', exact: true })).toBeVisible();
  await shot(page, FLOW, '01-admin-list');

  await page.getByRole('link', { name: 'New competition' }).click();
  await expect(page).toHaveURL(/\/admin\/competitions\/new$/);
  const slug = `e2e-${Date.now()}`;
  const name = `E2E Awareness Cup ${slug.slice(4)}`;
  await page.getByLabel('Name (English)').first().fill(name);
  await page.getByLabel('Name (Japanese)').first().fill('E2E 啓発カップ');
  await page.getByLabel('Theme (English)').fill('Strong passwords for everyone');
  // every text in each language of the competition: publishing then asks nothing more (issue 17)
  await page.getByLabel('Theme (Japanese)').fill('みんなに強いパスワードを');
  await page.getByLabel('Short name (slug)').fill(slug);
  await page.getByLabel('Reference date').fill('2028-04-01');
  await page.getByLabel('Status').selectOption('published');

  // a bad timeline first: submissions close before they open
  await page.getByLabel('Submissions open').fill('2028-03-01T09:00');
  await page.getByLabel('Submissions close').fill('2028-02-01T09:00');

  const category = page.getByRole('group', { name: 'Category 1' });
  await category.getByLabel('Name (English)').fill('Ages 13–17');
  await category.getByLabel('Name (Japanese)').fill('13〜17歳');
  await category.getByLabel('Minimum age').fill('13');
  await category.getByLabel('Maximum age').fill('17');

  await page.getByLabel('Maximum duration (seconds)').fill('120');
  await page.getByLabel('Maximum team size').fill('3');
  await page.getByLabel('Maximum file size (MB)').fill('1024');
  await page.getByRole('button', { name: 'Create competition' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  const closes = page.getByLabel('Submissions close');
  await expect(closes).toHaveAttribute('aria-invalid', 'true');
  const errorId = (await closes.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error'));
  expect(errorId).toBeTruthy();
  await expect(page.locator(`[id="${errorId}"]`)).toBeVisible();
  await expect(page.locator(`[id="${errorId}"]`)).not.toBeEmpty();
  await shot(page, FLOW, '02-timeline-error');

  // the summary links to the field
  await summary.getByRole('link', { name: /Submissions close/ }).click();
  await expect(closes).toBeFocused();

  await closes.fill('2028-06-30T17:00');
  await page.getByRole('button', { name: 'Create competition' }).click();
  // a new competition opens on its dashboard, whose checklist says what comes next; the form is under Settings
  await expect(page).toHaveURL(/\/admin\/competitions\/[0-9a-f-]{36}$/);
  await expect(page.getByText('The competition is created. Follow the checklist below, step by step, to set it up.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Setup checklist' }).getByRole('listitem')).toHaveCount(7);
  await shot(page, FLOW, '03-created-dashboard');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/competitions\/[0-9a-f-]{36}\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: `Settings: ${name}` })).toBeVisible();
  await expect(page.getByLabel('Maximum duration (seconds)')).toHaveValue('120');
  await expect(page.getByLabel('Maximum team size')).toHaveValue('3');
  await shot(page, FLOW, '03-settings-page');

  // edit: add a second category and save; saving twice must not add it twice
  await page.getByRole('button', { name: 'Add a category' }).click();
  const second = page.getByRole('group', { name: 'Category 2' });
  await second.getByLabel('Name (English)').fill('University');
  await second.getByLabel('Minimum age').fill('18');
  await second.getByLabel('Maximum age').fill('25');
  const save = page.getByRole('button', { name: 'Save changes' });
  await save.click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await save.click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group', { name: /^Category \d$/ })).toHaveCount(2);
  await expect(page.getByRole('group', { name: 'Category 2' }).getByLabel('Name (English)')).toHaveValue('University');

  await page.getByRole('banner').getByRole('link', { name: 'Console' }).click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(row.getByText('Published')).toBeVisible();
  await shot(page, FLOW, '04-admin-list-with-new');

  await row.getByRole('link', { name: `View details of ${name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/competitions/${slug}$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Ages 13–17', { exact: true })).toBeVisible();
  const rules = page.getByRole('region', { name: 'Entry rules' });
  // 120 seconds, as the organiser typed it, said as a duration in the reader's language
  await expect(rules.getByText(/to 2 minutes/)).toBeVisible();
  await expect(rules.getByText('1 to 3 members')).toBeVisible();
  await expect(rules.getByText('1 GB')).toBeVisible();
  await shot(page, FLOW, '05-public-detail');

  // the other organiser pages open
  for (const [path, heading] of [
    ['/admin/invitations', 'Invitations'],
    ['/admin/outbox', 'Outbox'],
    ['/admin/users', 'Users'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    await shot(page, FLOW, `06-${heading.toLowerCase()}`);
  }
});

test('the organiser invites a coordinator, who accepts through the emailed link', async ({ page, browser }) => {
  await useEnglish(page);
  await signIn(page, DEMO.organiser);
  await page.goto('/admin/invitations');
  const email = `coord-${Date.now()}@e2e.clapper.test`;
  // exact: the form also has 'Language of the email'
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Role').selectOption('coordinator');
  await page.getByLabel('Country').selectOption('JP');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row.getByText('Pending')).toBeVisible();
  await shot(page, FLOW, '07-invitation-sent');

  await page.goto('/admin/outbox');
  const message = page.getByRole('listitem').filter({ hasText: email }).first();
  await message.getByText('Show the message').click();
  const text = (await message.locator('pre').textContent()) ?? '';
  const link = /\/invite\/[^\s]+/.exec(text)?.[0];
  expect(link).toBeTruthy();
  await shot(page, FLOW, '08-outbox');

  const context = await browser.newContext();
  const invitee = await context.newPage();
  await useEnglish(invitee);
  await invitee.goto(link!);
  await expect(invitee.getByText('You are invited to join Clapper as Country coordinator for Japan.')).toBeVisible();
  await invitee.getByLabel('Display name').fill('Kenji Coordinator');
  await invitee.getByLabel('Password').fill('another long passphrase 7');
  await shot(invitee, FLOW, '09-invitation-accept');
  await invitee.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(invitee).toHaveURL(/\/coordinate\/JP$/);
  await expect(invitee.getByRole('heading', { level: 1, name: 'Country overview: Japan' })).toBeVisible();
  await shot(invitee, FLOW, '10-invitee-home');
  await context.close();
});
