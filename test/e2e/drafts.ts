import { expect, test, type Page } from '@playwright/test';
import { signUpConfirmed } from './helpers';

export const COMPETITION = 'ASEAN–Japan Cybersecurity Awareness Video Competition 2027';

/** A date of birth that makes a member `age` (13–17 here) on the demo competition's reference date (the 1st, 4 months ahead). */
export function birthDateForAge(age: number): string {
  const now = new Date();
  const ref = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 4, 1));
  return `${ref.getUTCFullYear() - age - 1}-07-22`;
}

/**
 * A fresh Thai student with a draft entry, set up through the API (the UI for both is covered by entry-flow.spec.ts);
 * the page's context keeps the session. Resolves with the entry's id.
 */
export async function studentWithDraft(
  page: Page,
  { title, members }: { title: string; members: { fullName: string; role: string; dateOfBirth: string }[] },
): Promise<string> {
  // state-changing API calls must name our origin, as a browser would
  const headers = { origin: new URL(test.info().project.use.baseURL!).origin };
  await signUpConfirmed(page.request, {
    email: `draft-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.clapper.test`,
    password: 'a long enough passphrase 42',
    displayName: 'Draft Student',
    role: 'student',
    countryCode: 'TH',
    schoolName: 'Demo Secondary School',
    dateOfBirth: birthDateForAge(16),
    locale: 'en',
  });
  const list = (await (await page.request.get('/api/competitions')).json()) as { id: string; name: Record<string, string> }[];
  const competition = list.find((c) => c.name.en === COMPETITION);
  expect(competition).toBeTruthy();
  const detail = (await (await page.request.get(`/api/competitions/${competition!.id}`)).json()) as {
    categories: { id: string; name: Record<string, string> }[];
  };
  const category = detail.categories.find((c) => c.name.en === 'Ages 13–17');
  expect(category).toBeTruthy();
  const created = await page.request.post('/api/entries', {
    headers,
    data: {
      competitionId: competition!.id,
      categoryId: category!.id,
      title,
      videoLanguage: 'en',
      synopsisOriginal: '',
      synopsisEnglish: '',
      sources: 'none',
      members,
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  return ((await created.json()) as { id: string }).id;
}
