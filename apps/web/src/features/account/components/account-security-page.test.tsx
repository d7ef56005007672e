import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import { AccountSecurityPage } from './account-security-page';

afterEach(() => vi.unstubAllGlobals());

const now = Date.now();
const ago = (ms: number) => new Date(now - ms).toISOString();
const SESSIONS = [
  { id: 's-here', browser: 'Chrome', os: 'Android', createdAt: ago(3_600_000), lastSeenAt: ago(0), current: true },
  { id: 's-laptop', browser: 'Firefox', os: 'macOS', createdAt: ago(86_400_000 * 2), lastSeenAt: ago(5 * 60_000), current: false },
  { id: 's-odd', browser: null, os: null, createdAt: ago(86_400_000 * 3), lastSeenAt: ago(86_400_000), current: false },
];

describe('AccountSecurityPage', () => {
  it('lists the devices with "this device" marked and signs one out, saying so', async () => {
    const user = userEvent.setup();
    let sessions = SESSIONS;
    const stub = stubFetch({
      'GET /api/auth/sessions': () => ({ body: sessions }),
      'DELETE /api/auth/sessions/s-laptop': () => {
        sessions = sessions.filter((s) => s.id !== 's-laptop');
        return { status: 204 };
      },
    });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<AccountSecurityPage />);
    const list = await screen.findByRole('list', { name: 'Where you are signed in' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Chrome on Android', 'Firefox on macOS', 'An unknown device']);
    expect(within(items[0]).getByText('This device')).toBeVisible();
    expect(within(items[0]).queryByRole('button')).toBeNull();
    expect(within(items[1]).getByText('5 minutes ago')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Sign out Firefox on macOS, last active 5 minutes ago' }));
    expect(await screen.findByText('Firefox on macOS was signed out.')).toBeVisible();
    expect(stub.calls.map((c) => `${c.method} ${c.path}`)).toContain('DELETE /api/auth/sessions/s-laptop');
    await waitFor(() => expect(screen.queryByText('Firefox on macOS')).toBeNull());
    expect(document.activeElement?.id).toBe('sessions-heading');
  });

  it('asks before signing out every other device, and reports how many', async () => {
    const user = userEvent.setup();
    let sessions = SESSIONS;
    const stub = stubFetch({
      'GET /api/auth/sessions': () => ({ body: sessions }),
      'POST /api/auth/sessions/sign-out-others': () => {
        sessions = sessions.filter((s) => s.current);
        return { body: { signedOut: 2 } };
      },
    });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<AccountSecurityPage />);
    await user.click(await screen.findByRole('button', { name: 'Sign out all other devices' }));
    const panel = screen.getByRole('group', { name: 'Sign out 2 other devices?' });
    expect(stub.calls.some((c) => c.method === 'POST')).toBe(false);
    await user.click(within(panel).getByRole('button', { name: 'Sign out all other devices' }));
    expect(await screen.findByText('2 other devices were signed out.')).toBeVisible();
    expect(await screen.findByText('You are not signed in anywhere else.')).toBeVisible();
  });

  it('changes the password and says the other devices were signed out', async () => {
    const user = userEvent.setup();
    const stub = stubFetch({ 'GET /api/auth/sessions': () => ({ body: SESSIONS }), 'PUT /api/auth/me/password': () => ({ body: { signedOut: 2 } }) });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<AccountSecurityPage />);
    await user.type(screen.getByLabelText(/^Current password/), 'correct-horse-battery-staple');
    await user.type(screen.getByLabelText(/^New password \(/), 'amber-lantern-orchard-51');
    await user.type(screen.getByLabelText(/^New password again/), 'amber-lantern-orchard-51');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your password was changed. 2 other devices were signed out.')).toBeVisible();
    expect(stub.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      currentPassword: 'correct-horse-battery-staple',
      newPassword: 'amber-lantern-orchard-51',
    });
    expect(screen.getByLabelText<HTMLInputElement>(/^Current password/).value).toBe('');
  });

  it('finds a short or mismatched new password before sending', async () => {
    const user = userEvent.setup();
    const stub = stubFetch({ 'GET /api/auth/sessions': () => ({ body: SESSIONS }) });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<AccountSecurityPage />);
    await user.type(screen.getByLabelText(/^Current password/), 'correct-horse-battery-staple');
    await user.type(screen.getByLabelText(/^New password \(/), 'short');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByLabelText(/^New password \(/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/Use at least 12 characters\./).length).toBeGreaterThan(0);
    await user.clear(screen.getByLabelText(/^New password \(/));
    await user.type(screen.getByLabelText(/^New password \(/), 'amber-lantern-orchard-51');
    await user.type(screen.getByLabelText(/^New password again/), 'amber-lantern-orchard-52');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getAllByText(/The two new passwords are not the same\./).length).toBeGreaterThan(0);
    expect(stub.calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it("shows a wrong current password beside its field in the reader's words, not the server's", async () => {
    const user = userEvent.setup();
    const stub = stubFetch({
      'GET /api/auth/sessions': () => ({ body: SESSIONS }),
      'PUT /api/auth/me/password': () => ({
        status: 400,
        body: {
          statusCode: 400,
          code: 'validation_failed',
          reason: 'common.validation_failed',
          params: { fields: ['currentPassword'] },
          message: 'Please correct: currentPassword.',
          fields: [
            { field: 'currentPassword', messages: ['The current password is wrong.'], problems: [{ reason: 'accounts.wrong_current_password', params: {} }] },
          ],
        },
      }),
    });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<AccountSecurityPage />);
    await user.type(screen.getByLabelText(/^Current password/), 'not-my-password');
    await user.type(screen.getByLabelText(/^New password \(/), 'amber-lantern-orchard-51');
    await user.type(screen.getByLabelText(/^New password again/), 'amber-lantern-orchard-51');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect((await screen.findAllByText(/This is not your current password\./)).length).toBeGreaterThan(0);
    expect(screen.queryByText(/The current password is wrong/)).toBeNull();
    expect(screen.getByLabelText(/^Current password/).getAttribute('aria-invalid')).toBe('true');
  });

  it('says when to try again after too many wrong passwords', async () => {
    const user = userEvent.setup();
    const stub = stubFetch({
      'GET /api/auth/sessions': () => ({ body: SESSIONS }),
      'PUT /api/auth/me/password': () => ({
        status: 429,
        body: { statusCode: 429, code: 'too_many_attempts', reason: 'accounts.sign_in_failures', params: { retryAfterSeconds: 16 }, message: 'Wait.' },
      }),
    });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<AccountSecurityPage />);
    await user.type(screen.getByLabelText(/^Current password/), 'not-my-password');
    await user.type(screen.getByLabelText(/^New password \(/), 'amber-lantern-orchard-51');
    await user.type(screen.getByLabelText(/^New password again/), 'amber-lantern-orchard-51');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(/Too many wrong passwords from this connection\. Try again in 1[56] seconds\./)).toBeVisible();
  });
});
