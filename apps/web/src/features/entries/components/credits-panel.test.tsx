import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { stubFetch } from '../../../test/render';
import type { Entry } from '../api/get-entry';
import { CreditsPanel } from './credits-panel';

const ENTRY = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
const entry = { id: ENTRY, status: 'submitted', teamName: null, creditStyle: 'first_names', creditSchool: false, members: [{ isMinor: true }] } as unknown as Entry;

function renderPanel(answer: (body: Record<string, unknown>) => { status?: number; body?: unknown }) {
  const stub = stubFetch({ [`PUT /api/entries/${ENTRY}/credits`]: () => answer(stub.calls[stub.calls.length - 1]!.body as Record<string, unknown>) });
  vi.stubGlobal('fetch', stub.fetchStub);
  render(
    <AppProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CreditsPanel entry={entry} />
    </AppProvider>,
  );
  return stub;
}

afterEach(() => vi.unstubAllGlobals());

describe('CreditsPanel', () => {
  it('starts on first names, with the guardians’ consent note for minors', () => {
    renderPanel(() => ({ status: 500 }));
    expect((screen.getByRole('radio', { name: /First names/ }) as HTMLInputElement).checked).toBe(true);
    const school = screen.getByRole('checkbox', { name: 'Name our school in public credits' });
    expect(document.getElementById(school.getAttribute('aria-describedby')!)?.textContent).toMatch(/guardians' consent/);
  });

  it('asks for a team name before crediting by team name', async () => {
    const user = userEvent.setup();
    const { calls } = renderPanel(() => ({ status: 500 }));
    await user.click(screen.getByRole('radio', { name: /Team name/ }));
    await user.click(screen.getByRole('button', { name: 'Save credits' }));
    expect(screen.getAllByText(/Enter the team name/).length).toBeGreaterThan(0);
    expect(calls).toHaveLength(0);
  });

  it('saves the chosen style and shows what the showcase will say', async () => {
    const user = userEvent.setup();
    const { calls } = renderPanel((body) => ({
      body: { entryId: ENTRY, teamName: body.teamName, creditStyle: body.creditStyle, creditSchool: body.creditSchool, preview: { names: ['Byte Guardians'], schools: ['Bangkok Demo School'], byline: 'Byte Guardians' } },
    }));
    await user.click(screen.getByRole('radio', { name: /Team name/ }));
    await user.type(screen.getByRole('textbox', { name: /^Team name/ }), 'Byte Guardians');
    await user.click(screen.getByRole('checkbox', { name: 'Name our school in public credits' }));
    await user.click(screen.getByRole('button', { name: 'Save credits' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ method: 'PUT', path: `/api/entries/${ENTRY}/credits`, body: { creditStyle: 'team_name', teamName: 'Byte Guardians', creditSchool: true } });
    expect(await screen.findByText('The showcase will say: By Byte Guardians')).toBeTruthy();
    expect(screen.getByText('School: Bangkok Demo School')).toBeTruthy();
  });
});
