import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import { ResetPasswordForm } from './reset-password-form';

const TOKEN = 'tok_0123456789abcdefghijklmnop';
afterEach(() => vi.unstubAllGlobals());

function renderForm(answer: () => { status?: number; body?: unknown }) {
  const stub = stubFetch({ 'POST /api/auth/password-reset/confirm': answer });
  vi.stubGlobal('fetch', stub.fetchStub);
  const onDone = vi.fn();
  renderPage(<ResetPasswordForm token={TOKEN} onDone={onDone} />);
  return { ...stub, onDone };
}

describe('ResetPasswordForm', () => {
  it('checks length and that both entries match before sending, then sends the token and the new password', async () => {
    const user = userEvent.setup();
    const { calls, onDone } = renderForm(() => ({ body: { email: 'ana@example.org' } }));
    await user.type(screen.getByLabelText(/^New password(?! again)/), 'short');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByText('Use at least 12 characters.')).toBeVisible();
    await user.clear(screen.getByLabelText(/^New password(?! again)/));
    await user.type(screen.getByLabelText(/^New password(?! again)/), 'marigold tram lantern');
    await user.type(screen.getByLabelText(/New password again/), 'marigold tram lanterns');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByText('The two passwords are not the same.')).toBeVisible();
    expect(calls).toEqual([]);
    await user.clear(screen.getByLabelText(/New password again/));
    await user.type(screen.getByLabelText(/New password again/), 'marigold tram lantern');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('ana@example.org'));
    expect(calls).toEqual([{ method: 'POST', path: '/api/auth/password-reset/confirm', body: { token: TOKEN, password: 'marigold tram lantern' } }]);
  }, 20_000);

  it('offers a new link, in its own words, when the link has expired', async () => {
    const user = userEvent.setup();
    renderForm(() => ({
      status: 410,
      body: { statusCode: 410, code: 'invitation_expired', reason: 'accounts.reset_link_expired', params: { minutes: 30 }, message: 'server words' },
    }));
    await user.type(screen.getByLabelText(/^New password(?! again)/), 'marigold tram lantern');
    await user.type(screen.getByLabelText(/New password again/), 'marigold tram lantern');
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect(await screen.findByText('This link has expired: links work for 30 minutes.', {}, { timeout: 5000 })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe('/forgot-password');
    expect(screen.queryByText('server words')).toBeNull();
  }, 20_000);
});
