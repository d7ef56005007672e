import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../lib/api-client';
import { renderPage, stubFetch } from '../../../test/render';
import { UsersList } from './users-list';

const user = (over: Partial<Schemas['UserSummaryDto']>): Schemas['UserSummaryDto'] => ({
  id: 'u1',
  email: 'somchai@example.org',
  displayName: 'Somchai',
  countryCode: 'TH',
  schoolName: null,
  roles: [{ role: 'judge', countryCode: 'TH', schoolId: null, roundId: 'r1' }],
  createdAt: '2027-01-01T00:00:00.000Z',
  ...over,
});

const COUNTRIES = [
  { code: 'JP', name: 'Japan' },
  { code: 'TH', name: 'Thailand' },
];
const nameOf = (code: string) => COUNTRIES.find((c) => c.code === code)?.name ?? code;

describe('UsersList', () => {
  it("changes a judge's country in place, and offers no change for a student (their school's country)", async () => {
    const u = userEvent.setup();
    let country = 'TH';
    const stub = stubFetch({
      'GET /api/users': () => ({
        body: { total: 2, items: [user({ countryCode: country }), user({ id: 'u2', displayName: 'Ploy', schoolName: 'Bangkok School', roles: [] })] },
      }),
      'PATCH /api/users/u1/country': () => {
        country = 'JP';
        return { body: user({ countryCode: 'JP' }) };
      },
    });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<UsersList countryName={nameOf} countries={COUNTRIES} />);
    const ploy = (await screen.findByRole('cell', { name: 'Ploy' })).closest('tr')!;
    expect(within(ploy).queryByRole('button')).toBeNull();

    const change = within(screen.getByRole('row', { name: /Somchai/ })).getByRole('button', { name: 'Change country' });
    expect(change).toHaveAccessibleDescription('Somchai');
    await u.click(change);
    const select = screen.getByRole('combobox', { name: 'Country of Somchai' });
    expect(select).toHaveProperty('value', 'TH');
    expect(screen.getByRole('button', { name: 'Save country' })).toHaveProperty('disabled', true);
    await u.selectOptions(select, 'JP');
    await u.click(screen.getByRole('button', { name: 'Save country' }));
    expect(await screen.findByText("Somchai's country is now Japan. Their judge roles follow it.")).toBeVisible();
    expect(stub.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ countryCode: 'JP' });
    expect(await screen.findByRole('cell', { name: 'Japan' })).toBeVisible();
  });
});
