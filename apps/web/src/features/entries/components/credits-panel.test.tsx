import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { stubFetch } from '../../../test/render';
import type { Entry } from '../api/get-entry';
import { CreditsPanel } from './credits-panel';

const ENTRY = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
type Member = { fullName: string; schoolName: string; isMinor: boolean };
const ANANYA: Member = { fullName: 'Ananya Srisuk', schoolName: 'Bangkok Demo School', isMinor: true };
const NIRAN: Member = { fullName: 'Niran Kaewmanee', schoolName: 'Bangkok Demo School', isMinor: true };
const KRIT: Member = { fullName: 'Krit Boonmee', schoolName: 'Bangkok Demo School', isMinor: false };
const MALI: Member = { fullName: 'Mali Chaiyo', schoolName: 'Lampang Arts School', isMinor: false };
const entryWith = (members: Member[], overrides: Record<string, unknown> = {}) =>
  ({ id: ENTRY, status: 'submitted', teamName: null, creditStyle: 'first_names', creditSchool: false, members, ...overrides }) as unknown as Entry;
let entry = entryWith([ANANYA, KRIT]);

const radio = (name: RegExp) => screen.getByRole<HTMLInputElement>('radio', { name });
const schoolBox = () => screen.getByRole<HTMLInputElement>('checkbox', { name: 'Name our school in public credits' });
const hintOf = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent;

function renderPanel(answer: (body: Record<string, unknown>) => { status?: number; body?: unknown }) {
  const stub = stubFetch({ [`PUT /api/entries/${ENTRY}/credits`]: () => answer(stub.calls[stub.calls.length - 1].body as Record<string, unknown>) });
  vi.stubGlobal('fetch', stub.fetchStub);
  render(
    <AppProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CreditsPanel entry={entry} />
    </AppProvider>,
  );
  return stub;
}

afterEach(() => {
  vi.unstubAllGlobals();
  entry = entryWith([ANANYA, KRIT]);
});

describe('CreditsPanel', () => {
  it('for a minor and an adult: says the minor keeps first name and country, offers full names for the adult, and not their shared school', () => {
    renderPanel(() => ({ status: 500 }));
    expect(radio(/First names/).checked).toBe(true);
    expect(screen.getByText(/Team members under 18 \(Ananya\) are always credited by first name and country only/)).toBeVisible();
    expect(document.body.textContent).not.toContain('Srisuk');
    expect(radio(/Full names/).disabled).toBe(false);
    expect(radio(/Full names/).closest('label')?.textContent).toMatch(/adult members; members under 18 keep their first name only/);
    expect(schoolBox().disabled).toBe(true);
    expect(hintOf(schoolBox())).toMatch(/a member under 18 attends this school/);
  });

  it('for a team of minors: full names and the school cannot be chosen, with the reason beside each', () => {
    entry = entryWith([ANANYA, NIRAN], { creditStyle: 'full_names', creditSchool: true });
    renderPanel(() => ({ status: 500 }));
    expect(screen.getByText(/\(Ananya and Niran\)/)).toBeVisible();
    // an older stored choice is shown as what the public sees
    expect(radio(/Full names/).disabled).toBe(true);
    expect(radio(/Full names/).checked).toBe(false);
    expect(radio(/First names/).checked).toBe(true);
    expect(radio(/Full names/).closest('label')?.textContent).toMatch(/not available: every member is under 18/);
    expect(schoolBox().disabled).toBe(true);
    expect(schoolBox().checked).toBe(false);
  });

  it("for adults: every option, and an adult's own school when no minor attends it", () => {
    entry = entryWith([KRIT, MALI]);
    const first = renderPanel(() => ({ status: 500 }));
    expect(screen.queryByText(/under 18/)).toBeNull();
    expect(radio(/Full names/).disabled).toBe(false);
    expect(schoolBox().disabled).toBe(false);
    expect(hintOf(schoolBox())).toBe("The school's name appears next to the team's.");
    expect(first.calls).toHaveLength(0);
  });

  it("names the adult's school that no minor attends", () => {
    entry = entryWith([ANANYA, KRIT, MALI]);
    renderPanel(() => ({ status: 500 }));
    expect(schoolBox().disabled).toBe(false);
    expect(hintOf(schoolBox())).toBe('Only schools of adult members that no member under 18 attends are named: Lampang Arts School.');
  });

  it("explains the server's refusal for minors in the reader's words, not the server's", async () => {
    const user = userEvent.setup();
    renderPanel(() => ({
      status: 422,
      body: {
        code: 'rule_violation',
        reason: 'entries.minor_credit_limited',
        params: { options: ['full_names'], members: ['Ananya', 'Krit'] },
        message: 'SERVER ENGLISH',
        details: { members: [{ id: 'x', firstName: 'Ananya' }] },
      },
    }));
    await user.click(radio(/Full names/));
    await user.click(screen.getByRole('button', { name: 'Save credits' }));
    expect(
      await screen.findByText(
        'Team members under 18 (Ananya and Krit) are credited by first name and country only. Choose first names or a team name, and leave the school unticked.',
      ),
    ).toBeVisible();
    expect(screen.queryByText('SERVER ENGLISH')).toBeNull();
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
    entry = entryWith([KRIT, MALI]);
    const { calls } = renderPanel((body) => ({
      body: {
        entryId: ENTRY,
        teamName: body.teamName,
        creditStyle: body.creditStyle,
        creditSchool: body.creditSchool,
        preview: { names: ['Byte Guardians'], schools: ['Bangkok Demo School'], byline: 'Byte Guardians' },
      },
    }));
    await user.click(screen.getByRole('radio', { name: /Team name/ }));
    await user.type(screen.getByRole('textbox', { name: /^Team name/ }), 'Byte Guardians');
    await user.click(screen.getByRole('checkbox', { name: 'Name our school in public credits' }));
    await user.click(screen.getByRole('button', { name: 'Save credits' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      method: 'PUT',
      path: `/api/entries/${ENTRY}/credits`,
      body: { creditStyle: 'team_name', teamName: 'Byte Guardians', creditSchool: true },
    });
    expect(await screen.findByText('The showcase will say: By Byte Guardians')).toBeVisible();
    expect(screen.getByText('School: Bangkok Demo School')).toBeVisible();
  });
});
