import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../../app/paths';
import { renderPage, stubFetch } from '../../../test/render';
import { NotificationSettingsPage } from './notification-settings-page';

function renderSettings(topics: { topic: string; enabled: boolean }[], essential: string[], put?: (body: unknown) => { status?: number; body?: unknown }) {
  let current = topics;
  const stub = stubFetch({
    'GET /api/notifications/preferences': () => ({ body: { topics: current, essential } }),
    'PUT /api/notifications/preferences': () => ({ body: { topics: current, essential } }),
  });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    if (req.method === 'PUT') {
      const body = (await req.clone().json()) as { topics: { topic: string; enabled: boolean }[] };
      const answer = put?.(body);
      if (answer) {
        await stub.fetchStub(req);
        return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
      }
      current = current.map((t) => (t.topic === body.topics[0].topic ? body.topics[0] : t));
    }
    return stub.fetchStub(req);
  });
  renderPage(<NotificationSettingsPage />, { path: paths.me.notificationSettings, route: paths.me.notificationSettings });
  return stub;
}

afterEach(() => vi.unstubAllGlobals());

describe('NotificationSettingsPage', () => {
  it('switches a student’s draft reminders off at once, says so, and lists what is always sent', async () => {
    const user = userEvent.setup();
    const { calls } = renderSettings(
      [{ topic: 'draft_reminders', enabled: true }],
      ['account.welcome', 'entry.submitted', 'entry.screened', 'entry.consent_changed', 'entry.results_published'],
    );
    const toggle = await screen.findByRole('switch', { name: 'Reminders about unsubmitted entries' });
    expect(toggle).toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/7 days and 2 days before a competition closes/);
    await user.click(toggle);
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'PUT')).toEqual([
        { method: 'PUT', path: '/api/notifications/preferences', body: { topics: [{ topic: 'draft_reminders', enabled: false }] } },
      ]),
    );
    expect(await screen.findByText('Saved. Reminders about unsubmitted entries: off.')).toBeVisible();
    expect(screen.getByRole('switch', { name: 'Reminders about unsubmitted entries' })).not.toBeChecked();

    const always = screen.getByRole('region', { name: 'Messages that are always sent' });
    expect(
      within(always)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Receipts when an entry is submitted',
      'Decisions about your entries: video checks, eligibility, changes requested, the final',
      'Consents given, refused or withdrawn',
      'Results, feedback and certificates',
      'Your account: email checks, password resets and security alerts',
    ]);
    // a judge's messages are not a student's
    expect(within(always).queryByText(/judging/)).toBeNull();
  });

  it('shows a refusal in the reader’s words, and keeps the switch as it was', async () => {
    const user = userEvent.setup();
    renderSettings([{ topic: 'judging_reminders', enabled: true }], ['judge.assignment_ready'], () => ({
      status: 400,
      body: {
        statusCode: 400,
        code: 'validation_failed',
        reason: 'common.validation_failed',
        params: { fields: ['topics.0.topic'] },
        message: 'English the page never shows.',
        fields: [
          {
            field: 'topics.0.topic',
            messages: ['x'],
            problems: [{ reason: 'notifications.topic_not_applicable', params: { topic: 'judging_reminders', allowed: [] } }],
          },
        ],
      },
    }));
    await user.click(await screen.findByRole('switch', { name: 'Reminders about entries to score' }));
    expect(await screen.findByRole('alert')).toBeVisible();
    expect(screen.queryByText('English the page never shows.')).toBeNull();
    expect(screen.getByRole('switch', { name: 'Reminders about entries to score' })).toBeChecked();
  });

  it('says when nothing can be switched off', async () => {
    renderSettings([], ['account.welcome']);
    expect(await screen.findByText('None of the messages you get can be switched off.')).toBeVisible();
  });
});
