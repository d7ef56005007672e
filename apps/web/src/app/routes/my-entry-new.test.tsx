import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../../api/get-me';
import type { Competition } from '../../api/get-competition';
import { COMPETITION_ID, makeCompetition } from '../../test/competition';
import { renderPage, stubFetch } from '../../test/render';
import { formatDate } from '../../lib/format';
import { MyEntryNewRoute } from './my-entry-new';

const OTHER_ID = '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const student: Me = {
  id: 'u1',
  email: 'ana@example.org',
  displayName: 'Ana Suksan',
  countryCode: 'TH',
  // 10 on the reference date 2028-04-01
  dateOfBirth: '2017-06-15',
  schoolId: 's1',
  schoolName: 'Bangkok Demo School',
  locale: 'en',
  emailVerified: true,
  roles: [{ role: 'student', countryCode: 'TH', schoolId: 's1', roundId: null }],
  teacherRequest: null,
};
const categories = [
  { id: 'c-junior', name: { en: 'Ages 7–12' }, minAge: 7, maxAge: 12, position: 0 },
  { id: 'c-senior', name: { en: 'Seniors' }, minAge: 13, maxAge: 18, position: 1 },
  { id: 'c-open', name: { en: 'Open' }, minAge: 10, maxAge: 99, position: 2 },
] as Competition['categories'];
const cup = makeCompetition({ submissionPhase: 'open', categories: categories.slice(0, 2) });
const other = makeCompetition({ id: OTHER_ID, slug: 'other', name: { en: 'Japan Prize' }, submissionPhase: 'open', categories });
const summary = (c: Competition) => ({ ...c, countryCount: c.countryCodes.length, categoryCount: c.categories.length });

function renderNew(route: string, { me = student, competitions = [cup, other] }: { me?: Me; competitions?: Competition[] } = {}) {
  const stub = stubFetch({
    'GET /api/auth/me': () => ({ body: me }),
    'GET /api/countries': () => ({
      body: [
        { code: 'TH', name: { en: 'Thailand' } },
        { code: 'JP', name: { en: 'Japan' } },
      ],
    }),
    'GET /api/competitions': () => ({ body: competitions.map(summary) }),
    [`GET /api/competitions/${COMPETITION_ID}`]: () => ({ body: cup }),
    [`GET /api/competitions/${OTHER_ID}`]: () => ({ body: other }),
    'POST /api/entries': () => ({ status: 201, body: { id: 'e1' } }),
  });
  vi.stubGlobal('fetch', stub.fetchStub);
  return { ...stub, ...renderPage(<MyEntryNewRoute />, { path: '/me/entries/new', route }) };
}

const member1 = (field: string) => document.getElementById(`ef-member-0-${field}`) as HTMLInputElement;
const category = () => screen.getByLabelText<HTMLSelectElement>(/^Category/);

afterEach(() => vi.unstubAllGlobals());

describe('a new entry from "Enter this competition"', () => {
  it('has the competition chosen, the student as the first member and the one category their age fits', async () => {
    renderNew(`/me/entries/new?competition=${COMPETITION_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'New entry for Thai Cup' })).toBeTruthy();
    // no picker to pass: the competition is named, with a way to choose another
    expect(screen.queryByRole('combobox', { name: /Competition/ })).toBeNull();
    expect(screen.getByText('Thai Cup', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Choose another competition' }).getAttribute('href')).toBe('/me/entries/new');
    expect(member1('fullName').value).toBe('Ana Suksan');
    expect(member1('dateOfBirth').value).toBe('2017-06-15');
    expect(member1('schoolName').value).toBe('Bangkok Demo School');
    expect(screen.getByText(/We filled in the first member from your account/)).toBeTruthy();
    expect(category().value).toBe('c-junior');
    expect(document.getElementById(category().getAttribute('aria-describedby')!.split(' ')[0])?.textContent).toBe(
      `Chosen from your team’s ages on ${formatDate('2028-04-01', 'en')}: Ages 7–12. You can still change it.`,
    );
  });

  it('names each category once: its ages only where the name does not give them', async () => {
    renderNew(`/me/entries/new?competition=${COMPETITION_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'New entry for Thai Cup' });
    const options = within(category())
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Choose a category', 'Ages 7–12', 'Seniors (ages 13–18)']);
  });

  it('follows the members’ ages, says when none fits, and keeps a category the team picked', async () => {
    const user = userEvent.setup();
    const { calls } = renderNew(`/me/entries/new?competition=${COMPETITION_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'New entry for Thai Cup' });
    await user.click(screen.getByRole('button', { name: 'Add a member' }));
    const dob2 = document.getElementById('ef-member-1-dateOfBirth') as HTMLInputElement;
    // 15 on the reference date: the team spans two bands
    await user.type(dob2, '2012-12-01');
    expect(category().value).toBe('');
    expect(screen.getByText(/No category fits this team: on .* the members are 10 and 15 years old/)).toBeTruthy();
    // 12: juniors again
    await user.clear(dob2);
    await user.type(dob2, '2015-07-01');
    expect(category().value).toBe('c-junior');
    // the team's own choice stays
    await user.selectOptions(category(), 'c-senior');
    await user.clear(dob2);
    await user.type(dob2, '2016-01-01');
    expect(category().value).toBe('c-senior');
    await user.type(screen.getByLabelText(/^Title/), 'Think before you click');
    await user.click(screen.getByRole('button', { name: 'Create entry' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const body = calls.find((c) => c.method === 'POST')!.body as { competitionId: string; categoryId: string; members: { fullName: string }[] };
    expect(body.competitionId).toBe(COMPETITION_ID);
    expect(body.categoryId).toBe('c-senior');
    expect(body.members[0].fullName).toBe('Ana Suksan');
  });

  it('lets the team choose where several categories fit', async () => {
    renderNew(`/me/entries/new?competition=${OTHER_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'New entry for Japan Prize' });
    expect(category().value).toBe('');
    expect(screen.getByText(`Your team’s ages on ${formatDate('2028-04-01', 'en')} fit Ages 7–12 or Open (ages 10–99). Choose one.`)).toBeTruthy();
  });

  it('says why a competition that is not open cannot be entered, and offers the open ones', async () => {
    renderNew(`/me/entries/new?competition=${COMPETITION_ID}`, { competitions: [{ ...cup, submissionPhase: 'closed' }, other] });
    expect(await screen.findByText('Thai Cup is not open for entries right now.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to Thai Cup' }).getAttribute('href')).toBe('/competitions/thai-cup');
    expect(screen.getByRole('combobox', { name: /Competition/ })).toBeTruthy();
  });

  it('does not fill in a teacher as a team member', async () => {
    renderNew(`/me/entries/new?competition=${COMPETITION_ID}`, {
      me: { ...student, roles: [{ role: 'teacher', countryCode: 'TH', schoolId: 's1', roundId: null }] },
    });
    await screen.findByRole('heading', { level: 1, name: 'New entry for Thai Cup' });
    expect(member1('fullName').value).toBe('');
    expect(screen.queryByText(/We filled in the first member/)).toBeNull();
  });
});
