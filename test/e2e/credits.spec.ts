import { expect, test, type Page } from '@playwright/test';
import { birthDateForAge, studentWithDraft } from './drafts';
import { useEnglish } from './helpers';

/**
 * Public credits for a team of a minor and an adult: the minor is credited by first name and country only, whatever
 * the team picks; full names name the adult alone, and the school they share cannot be named. While the entry is a
 * draft, the credits are part of its details and saved with them (one Save). Pictured in English and Thai, on a
 * desktop and a phone.
 */
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function creditsPanel(page: Page, entryId: string, lng: 'en' | 'th') {
  await page.goto(`/me/entries/${entryId}?lng=${lng}`);
  await page.getByRole('button', { name: lng === 'en' ? 'Edit details' : 'แก้ไขรายละเอียด' }).click();
  const title = lng === 'en' ? 'Public credits' : 'เครดิตที่แสดงต่อสาธารณะ';
  const panel = page.getByRole('group', { name: title, exact: true });
  await expect(panel).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  return panel;
}

async function picture(page: Page, panel: ReturnType<Page['getByRole']>, name: string): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.waitForTimeout(150);
  await panel.screenshot({ path: `test-results/screenshots/credits-${name}.png` });
}

test('a team with a minor and an adult: the minor keeps first name and country, the adult may be named in full', async ({ page }) => {
  await useEnglish(page);
  const entryId = await studentWithDraft(page, {
    title: 'Think before you share',
    members: [
      { fullName: 'Ananya Srisuk', role: 'director', dateOfBirth: birthDateForAge(16) },
      { fullName: 'Krit Boonmee', role: 'editor', dateOfBirth: birthDateForAge(19) },
    ],
  });

  for (const [device, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    const panel = await creditsPanel(page, entryId, 'en');
    await expect(panel.getByText('Team members under 18 (Ananya) are always credited by first name and country only')).toBeVisible();
    await expect(panel).not.toContainText('Srisuk');
    const full = panel.getByRole('radio', { name: /Full names/ });
    await expect(full).toBeEnabled();
    await expect(panel.getByText('first and family names of adult members; members under 18 keep their first name only')).toBeVisible();
    const school = panel.getByRole('checkbox', { name: 'Name our school in public credits' });
    await expect(school).toBeDisabled();
    await expect(school).toHaveAccessibleDescription(/a member under 18 attends this school/);
    await picture(page, panel, `en-${device}`);

    if (device === 'desktop') {
      await full.check();
      // no Save of their own: the entry's details and its credits are saved together
      await expect(panel.getByRole('button')).toHaveCount(0);
      await page.getByRole('button', { name: 'Save details' }).click();
      const saved = page.getByRole('status').filter({ hasText: 'Changes saved.' });
      await expect(saved.getByText('The showcase will say: By Ananya and Krit Boonmee')).toBeVisible();
      await expect(page.getByRole('region', { name: 'Details' })).toContainText('Full names · school not named');
      await saved.screenshot({ path: 'test-results/screenshots/credits-en-desktop-saved.png' });
    }

    const thai = await creditsPanel(page, entryId, 'th');
    await expect(thai.getByText('สมาชิกที่อายุต่ำกว่า 18 ปี (Ananya)')).toBeVisible();
    await expect(thai.getByRole('checkbox')).toBeDisabled();
    await picture(page, thai, `th-${device}`);
  }
});
