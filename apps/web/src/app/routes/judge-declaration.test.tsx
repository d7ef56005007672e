import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../lib/api-client';
import { renderPage, stubFetch } from '../../test/render';
import { paths } from '../paths';
import { JudgeDeclarationRoute } from './judge-declaration';

const ROUND = '0b9c3f4e-2a51-4d7e-9f0a-1c2d3e4f5a6b';
const SCHOOL = '5b7c1d2e-3f40-4a51-8b62-7c8d9e0f1a2b';

const declaration: Schemas['DeclarationDto'] = {
  languages: ['en', 'ko'],
  conflictEntryCodes: [],
  conflictSchoolIds: [],
  conflictCountryCodes: [],
  note: '',
  declaredAt: null,
  schools: [{ id: SCHOOL, name: 'Demo Secondary School', countryCode: 'TH' }],
  countries: ['TH', 'VN'],
};

describe('JudgeDeclarationRoute', () => {
  it('checks entry codes and languages before sending, then saves the declaration', async () => {
    const { fetchStub, calls } = stubFetch({
      [`GET /api/judge/rounds/${ROUND}/declaration`]: () => ({ body: declaration }),
      [`PUT /api/judge/rounds/${ROUND}/declaration`]: () => ({ body: { ...declaration, declaredAt: '2027-07-02T00:00:00.000Z' } }),
      'GET /api/countries': () => ({ body: [{ code: 'TH', names: { en: 'Thailand' } }, { code: 'VN', names: { en: 'Viet Nam' } }] }),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<JudgeDeclarationRoute />, { path: paths.judge.declarationPattern, route: paths.judge.declaration(ROUND) });
    const user = userEvent.setup();

    // what was declared before: English ticked, Korean in the free field
    const english = await screen.findByRole('checkbox', { name: /^English/ });
    expect((english as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Other languages') as HTMLInputElement).value).toBe('ko');

    await user.click(screen.getByRole('checkbox', { name: /^Thai ·/ }));
    await user.click(screen.getByRole('checkbox', { name: /Demo Secondary School/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Viet Nam' }));
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
    expect(await screen.findByText('Your declaration is saved.')).toBeTruthy();
  });
});
