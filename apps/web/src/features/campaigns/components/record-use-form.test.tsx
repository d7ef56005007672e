import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { stubFetch } from '../../../test/render';
import { todayLocal } from '../utils/today';
import { RecordUseForm } from './record-use-form';

const CAMPAIGN = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const ENTRY = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';

function renderForm() {
  const stub = stubFetch({
    [`POST /api/campaigns/${CAMPAIGN}/uses`]: () => ({
      status: 201,
      body: { id: CAMPAIGN, works: [], uses: [], downloads: [], counts: { works: 0, flagged: 0, uses: 1, downloads: 0 } },
    }),
  });
  vi.stubGlobal('fetch', stub.fetchStub);
  render(
    <AppProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RecordUseForm campaignId={CAMPAIGN} entryId={ENTRY} code="TH-0007" />
    </AppProvider>,
  );
  return stub;
}

afterEach(() => vi.unstubAllGlobals());

describe('RecordUseForm', () => {
  it('asks for a channel and a day not in the future before posting', async () => {
    const user = userEvent.setup();
    const { calls } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Record use' }));
    const channel = screen.getByLabelText(/^Channel/);
    expect(channel.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/Say where the work was used\./).length).toBeGreaterThan(0);
    // the summary takes the focus
    expect(document.activeElement?.className).toContain('error-summary');

    await user.type(channel, 'national TV spot');
    const date = screen.getByLabelText(/^Date of the use/);
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Record use' }));
    expect(screen.getAllByText(/cannot be in the future/).length).toBeGreaterThan(0);
    expect(calls).toHaveLength(0);
  });

  it('posts the use and says so', async () => {
    const user = userEvent.setup();
    const { calls } = renderForm();
    await user.type(screen.getByLabelText(/^Channel/), '  national TV spot ');
    await user.type(screen.getByLabelText('Note'), 'prime time, 30 s cut');
    await user.click(screen.getByRole('button', { name: 'Record use' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      method: 'POST',
      path: `/api/campaigns/${CAMPAIGN}/uses`,
      body: { entryId: ENTRY, channel: 'national TV spot', usedOn: todayLocal(), note: 'prime time, 30 s cut' },
    });
    expect(await screen.findByText('Use of TH-0007 recorded.')).toBeVisible();
    expect(screen.getByLabelText<HTMLInputElement>(/^Channel/).value).toBe('');
  });

  it('places the API field errors beside their inputs', async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      stubFetch({
        [`POST /api/campaigns/${CAMPAIGN}/uses`]: () => ({
          status: 400,
          body: {
            statusCode: 400,
            code: 'validation_failed',
            reason: 'common.validation_failed',
            params: { fields: ['usedOn'] },
            message: 'Please correct: usedOn.',
            fields: [
              {
                field: 'usedOn',
                messages: ['cannot be in the future: record a use once it has happened'],
                problems: [{ reason: 'campaigns.use_in_future', params: { today: '2027-01-15' } }],
              },
            ],
          },
        }),
      }).fetchStub,
    );
    render(
      <AppProvider client={new QueryClient()}>
        <RecordUseForm campaignId={CAMPAIGN} entryId={ENTRY} code="TH-0007" />
      </AppProvider>,
    );
    await user.type(screen.getByLabelText(/^Channel/), 'assembly');
    await user.click(screen.getByRole('button', { name: 'Record use' }));
    await waitFor(() => expect(screen.getByLabelText(/^Date of the use/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText(/^The date cannot be after today \(.*2027.*\): record a use once it has happened\.$/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/cannot be in the future/)).toBeNull();
  });
});
