import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { stubFetch } from '../../../test/render';
import type { Entry } from '../api/get-entry';
import { EntryDetailsForm } from './entry-edit-forms';

const ENTRY = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
const entry = {
  id: ENTRY,
  categoryId: 'c1',
  title: 'Think before you click',
  synopsisOriginal: '',
  synopsisEnglish: '',
  videoLanguage: 'en',
  sources: '',
  supervisingTeacherName: null,
  supervisingTeacherEmail: null,
  members: [{ id: 'm1', fullName: 'Krit Boonmee', schoolName: 'Lampang Arts School', isMinor: false }],
  creditStyle: 'first_names',
  teamName: null,
  creditSchool: false,
} as unknown as Entry;
const competition = { id: 'k1', name: 'Thai Cup', languages: ['en', 'th'], categories: [{ id: 'c1', name: 'Open', minAge: 7, maxAge: 99 }] };

function renderForm() {
  const stub = stubFetch({
    [`PATCH /api/entries/${ENTRY}`]: () => ({ body: entry }),
    [`PUT /api/entries/${ENTRY}/credits`]: () => ({
      body: { creditStyle: 'team_name', teamName: 'The Firewalls', creditSchool: true, preview: { byline: 'The Firewalls', schools: [] } },
    }),
  });
  vi.stubGlobal('fetch', stub.fetchStub);
  const onDone = vi.fn();
  render(
    <AppProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <EntryDetailsForm entry={entry} competition={competition} onDone={onDone} />
    </AppProvider>,
  );
  return { ...stub, onDone };
}

afterEach(() => vi.unstubAllGlobals());

describe('EntryDetailsForm: the public credits are saved with the rest', () => {
  it('has one Save for the details and the credits, and no Save of the credits’ own', async () => {
    const user = userEvent.setup();
    const { calls, onDone } = renderForm();
    expect(screen.queryByRole('button', { name: 'Save credits' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: /Team name/ }));
    await user.type(screen.getByRole('textbox', { name: /^Team name/ }), 'The Firewalls');
    await user.click(screen.getByRole('checkbox', { name: 'Name our school in public credits' }));
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    // the form hands on what the public will see, for the saved notice
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true, expect.objectContaining({ preview: { byline: 'The Firewalls', schools: [] } })));
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`PATCH /api/entries/${ENTRY}`, `PUT /api/entries/${ENTRY}/credits`]);
    expect(calls[1].body).toEqual({ creditStyle: 'team_name', teamName: 'The Firewalls', creditSchool: true });
  });

  it('keeps the credits’ own check: a team name for the team-name style, before anything is sent', async () => {
    const user = userEvent.setup();
    const { calls, onDone } = renderForm();
    await user.click(screen.getByRole('radio', { name: /Team name/ }));
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findAllByText(/Enter the team name, or choose another way to be credited/)).not.toHaveLength(0);
    expect(calls).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
  });
});
