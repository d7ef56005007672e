import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../lib/api-client';
import { renderPage, stubFetch } from '../../test/render';
import { paths } from '../paths';
import { JudgeDeclarationRoute } from './judge-declaration';

const ROUND = '0b9c3f4e-2a51-4d7e-9f0a-1c2d3e4f5a6b';
const SCHOOL = '5b7c1d2e-3f40-4a51-8b62-7c8d9e0f1a2b';
const OTHER = '6c8d2e3f-4a51-4b62-9c73-8d9e0f1a2b3c';
const KEPT = '7d9e3f4a-5b62-4c73-8d84-9e0f1a2b3c4d';

const declaration: Schemas['DeclarationDto'] = {
  languages: ['en', 'ko'],
  conflictEntryCodes: [],
  conflictSchools: [{ id: KEPT, name: 'Hanoi Amsterdam School', countryCode: 'VN' }],
  conflictCountryCodes: [],
  note: '',
  declaredAt: null,
  countries: ['TH', 'VN'],
};

const saved: Schemas['DeclarationDto'] = {
  ...declaration,
  languages: ['en', 'th', 'ko'],
  conflictSchools: [{ id: SCHOOL, name: 'Demo Secondary School', countryCode: 'TH' }],
  conflictCountryCodes: ['VN'],
  conflictEntryCodes: ['TH-0007'],
  declaredAt: '2027-07-02T00:00:00.000Z',
};

function stub() {
  let current = declaration;
  const { fetchStub, calls } = stubFetch({
    [`GET /api/judge/rounds/${ROUND}/declaration`]: () => ({ body: current }),
    [`PUT /api/judge/rounds/${ROUND}/declaration`]: () => {
      current = saved;
      return { body: saved };
    },
    [`GET /api/judge/rounds/${ROUND}/schools`]: () => ({
      body: [
        { id: SCHOOL, name: 'Demo Secondary School', countryCode: 'TH' },
        { id: OTHER, name: 'Demo Primary School', countryCode: 'VN' },
      ],
    }),
    'GET /api/countries': () => ({
      body: [
        { code: 'TH', names: { en: 'Thailand' } },
        { code: 'VN', names: { en: 'Viet Nam' } },
      ],
    }),
  });
  vi.stubGlobal('fetch', fetchStub);
  return calls;
}

describe('JudgeDeclarationRoute', () => {
  it('finds schools by name with the keyboard, checks entry codes and languages before sending, then saves and lists the declaration', async () => {
    const calls = stub();
    renderPage(<JudgeDeclarationRoute />, { path: paths.judge.declarationPattern, route: paths.judge.declaration(ROUND) });
    const user = userEvent.setup();

    // what was declared before: English ticked, Korean in the free field, one school
    const english = await screen.findByRole('checkbox', { name: /^English/ });
    expect((english as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Other languages').value).toBe('ko');
    const chosen = screen.getByRole('list', { name: 'Schools you are connected with' });
    expect(within(chosen).getByText('Hanoi Amsterdam School')).toBeVisible();

    await user.click(screen.getByRole('checkbox', { name: /^Thai ·/ }));
    // the school search: nothing asked below 3 characters, then a listbox driven by the arrow keys
    const search = screen.getByRole('combobox', { name: 'Find a school' });
    await user.type(search, 'De');
    expect(screen.getByRole('status').textContent).toBe('Type at least 3 characters.');
    expect(calls.some((c) => c.path.includes('/schools'))).toBe(false);
    await user.type(search, 'm');
    await waitFor(() => expect(search.getAttribute('aria-expanded')).toBe('true'));
    expect(calls.find((c) => c.path.includes('/schools'))!.path).toBe(`/api/judge/rounds/${ROUND}/schools?q=Dem`);
    expect(screen.getByRole('status').textContent).toBe('2 schools found. Use the arrow keys to choose one.');
    await user.keyboard('{ArrowDown}');
    const first = screen.getByRole('option', { name: /Demo Secondary School/ });
    expect(search.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect((search as HTMLInputElement).value).toBe('');
    expect(search.getAttribute('aria-expanded')).toBe('false');
    expect(within(chosen).getByText('Demo Secondary School')).toBeVisible();
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);
    // a school can be taken off again, by a button named after it
    await user.click(screen.getByRole('button', { name: 'Remove Hanoi Amsterdam School' }));
    expect(within(chosen).queryByText('Hanoi Amsterdam School')).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Vietnam' }));
    await user.type(screen.getByLabelText('Entries'), 'th-0007, 12');
    await user.click(screen.getByRole('button', { name: 'Save declaration' }));

    const codes = screen.getByLabelText('Entries');
    expect(codes.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('These do not look like entry codes: 12');
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);

    await user.clear(codes);
    await user.type(codes, 'th-0007');
    await user.click(screen.getByRole('button', { name: 'Save declaration' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      languages: ['en', 'th', 'ko'],
      conflictSchoolIds: [SCHOOL],
      conflictCountryCodes: ['VN'],
      conflictEntryCodes: ['TH-0007'],
      note: '',
    });
    expect(await screen.findByText('Your declaration is saved.')).toBeVisible();
    // what the server now holds is listed
    const summary = screen.getByRole('region', { name: 'What you have declared' });
    expect(within(summary).getByText('Demo Secondary School')).toBeVisible();
    expect(within(summary).getByText('Vietnam')).toBeVisible();
    expect(within(summary).getByText('TH-0007')).toBeVisible();
  }, 20_000);

  it('closes the list with Escape, and a second Escape clears the text', async () => {
    stub();
    renderPage(<JudgeDeclarationRoute />, { path: paths.judge.declarationPattern, route: paths.judge.declaration(ROUND) });
    const user = userEvent.setup();
    const search = await screen.findByRole('combobox', { name: 'Find a school' });
    await user.type(search, 'Demo');
    await waitFor(() => expect(search.getAttribute('aria-expanded')).toBe('true'));
    await user.keyboard('{Escape}');
    expect(search.getAttribute('aria-expanded')).toBe('false');
    expect((search as HTMLInputElement).value).toBe('Demo');
    await user.keyboard('{Escape}');
    expect((search as HTMLInputElement).value).toBe('');
  });
});
