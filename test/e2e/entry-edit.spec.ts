import { expect, test } from '@playwright/test';
import { birthDateForAge, studentWithDraft } from './drafts';
import { DEMO, shot, signIn, useEnglish } from './helpers';

const FLOW = 'entry-edit';

test('the team edits a draft: details, and a roster change that adds a member and clears a renamed member’s consent', async ({ page }) => {
  await useEnglish(page);
  const id = await studentWithDraft(page, {
    title: 'Draft to edit',
    members: [{ fullName: 'Ploy Srisuk', role: 'director', dateOfBirth: birthDateForAge(16) }],
  });
  await page.goto(`/me/entries/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Draft to edit' })).toBeVisible();
  const team = page.getByRole('region', { name: 'Team and consents' });
  await team.getByRole('button', { name: 'Record consent for Ploy Srisuk' }).click();
  await expect(team.getByRole('button', { name: 'Withdraw consent for Ploy Srisuk' })).toBeVisible();

  // details: the title changes the page heading
  const editor = page.getByRole('region', { name: 'Change the entry' });
  await editor.getByRole('button', { name: 'Edit details' }).click();
  await editor.getByLabel('Title').fill('Think twice, click once');
  await editor.getByRole('button', { name: 'Save details' }).click();
  await expect(editor.getByText('Changes saved.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Think twice, click once' })).toBeVisible();

  // roster: a server error is shown beside the field, then a new member and a renamed one
  await editor.getByRole('button', { name: 'Edit the team' }).click();
  await expect(editor.getByText(/Changing a member's name or date of birth clears the consents/)).toBeVisible();
  await editor.getByRole('button', { name: 'Add a member' }).click();
  const second = editor.getByRole('group', { name: /Member 2/ });
  await second.getByLabel('Full name').fill('Niran Wong');
  await editor.getByRole('button', { name: 'Save the team' }).click();
  await expect(editor.getByRole('alert').getByText('There is a problem')).toBeVisible();
  await expect(second.locator('.field-error')).toBeVisible();
  await shot(page, FLOW, '01-roster-error');
  await second.getByLabel('Date of birth').fill(birthDateForAge(15));
  await editor.getByRole('group', { name: 'Member 1' }).getByLabel('Full name').fill('Ploy Srisuk-Wong');
  await expect(editor.getByText('Saving clears the consents recorded for Ploy Srisuk, because the name or date of birth changed.')).toBeVisible();
  await shot(page, FLOW, '02-roster-edit');
  await editor.getByRole('button', { name: 'Save the team' }).click();
  await expect(editor.getByText('Changes saved.')).toBeVisible();
  await expect(team.getByRole('heading', { name: /Niran Wong/ })).toBeVisible();
  await expect(team.getByRole('button', { name: 'Record consent for Ploy Srisuk-Wong' })).toBeVisible();
  await expect(team.getByRole('button', { name: 'Record consent for Niran Wong' })).toBeVisible();
  await shot(page, FLOW, '03-roster-saved');
});

test('a signed guardian form is uploaded by the team and accepted by the Thai coordinator', async ({ page, browser }) => {
  await useEnglish(page);
  const id = await studentWithDraft(page, {
    title: 'Draft with a signed form',
    members: [{ fullName: 'Mali Chai', role: 'director', dateOfBirth: birthDateForAge(14) }],
  });
  await page.goto(`/me/entries/${id}`);
  const team = page.getByRole('region', { name: 'Team and consents' });
  await team.getByRole('button', { name: 'Upload a signed form for Mali Chai instead' }).click();
  // not a PDF, JPEG or PNG: refused in the page, before anything is sent
  await team.getByLabel('Signed form', { exact: true }).setInputFiles({ name: 'form.txt', mimeType: 'text/plain', buffer: Buffer.from('signed') });
  await team.getByRole('button', { name: 'Upload the signed form for Mali Chai' }).click();
  await expect(team.getByText('Upload the signed form as a PDF, or a photo or scan in JPEG or PNG.')).toBeVisible();
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  await team.getByLabel('Signed form', { exact: true }).setInputFiles({ name: 'guardian-form.pdf', mimeType: 'application/pdf', buffer: pdf });
  await team.getByRole('button', { name: 'Upload the signed form for Mali Chai' }).click();
  await expect(team.getByText('The signed form was uploaded. It now waits for the coordinator to verify it.')).toBeVisible();
  await expect(team.getByText('A signed form waits for the coordinator to verify it.')).toBeVisible();
  await expect(team.getByText('Pending verification')).toBeVisible();
  await shot(page, FLOW, '04-form-pending');

  const coordContext = await browser.newContext();
  const coord = await coordContext.newPage();
  await useEnglish(coord);
  await signIn(coord, DEMO.coordinatorTH);
  await coord.goto(`/coordinate/TH/entries/${id}`);
  const view = coord.getByRole('link', { name: 'View the signed form for Mali Chai (opens in a new tab)' });
  await expect(view).toHaveAttribute('target', '_blank');
  const form = await coord.request.get((await view.getAttribute('href'))!);
  expect(form.status()).toBe(200);
  expect((await form.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await shot(coord, FLOW, '05-coordinator-verify');
  await coord.getByRole('button', { name: 'Accept form' }).click();
  await expect(coord.getByText('The guardian has consented.')).toBeVisible();
  await coordContext.close();

  await page.reload();
  await expect(team.getByText('The guardian has consented.')).toBeVisible();
});
