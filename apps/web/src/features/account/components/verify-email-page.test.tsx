import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../../app/paths';
import { renderPage, stubFetch } from '../../../test/render';
import { VerifyEmailPage } from './verify-email-page';

const TOKEN = 'tok_0123456789abcdefghijklmnop';

function renderVerify(confirm: () => { status?: number; body?: unknown }) {
  const stub = stubFetch({ 'POST /api/auth/email-verification/confirm': confirm });
  vi.stubGlobal('fetch', stub.fetchStub);
  renderPage(<VerifyEmailPage />, { path: paths.verifyEmailPattern, route: paths.verifyEmail(TOKEN) });
  return stub;
}

afterEach(() => vi.unstubAllGlobals());

describe('VerifyEmailPage', () => {
  it('confirms only when the button is pressed, never on load', async () => {
    const user = userEvent.setup();
    const { calls } = renderVerify(() => ({ body: { email: 'ana@example.org', emailVerified: true, emailVerifiedAt: '2027-08-01T00:00:00.000Z' } }));
    const button = await screen.findByRole('button', { name: 'Confirm my email address' });
    // a link scanner that opens the page sends nothing
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toHaveLength(0);
    await user.click(button);
    await waitFor(() => expect(calls).toEqual([{ method: 'POST', path: '/api/auth/email-verification/confirm', body: { token: TOKEN } }]));
    expect(await screen.findByText('Thank you: ana@example.org is verified.')).toBeVisible();
  });

  it('says the account is ready and signed in when the link finished a sign-up', async () => {
    const user = userEvent.setup();
    renderVerify(() => ({ body: { email: 'ana@example.org', emailVerified: true, emailVerifiedAt: '2027-08-01T00:00:00.000Z', signedIn: true } }));
    await user.click(await screen.findByRole('button', { name: 'Confirm my email address' }));
    expect(await screen.findByText('ana@example.org is confirmed. Your account is ready, and you are signed in.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Continue' }).getAttribute('href')).toBe('/');
  });

  it('says in its own words, with the facts the server gave, that the link is expired', async () => {
    const user = userEvent.setup();
    const message = 'English words from the server that a page never shows.';
    renderVerify(() => ({
      status: 410,
      body: { statusCode: 410, code: 'invitation_expired', reason: 'accounts.verification_link_expired', params: { hours: 48 }, message },
    }));
    await user.click(await screen.findByRole('button', { name: 'Confirm my email address' }));
    expect(await screen.findByText('This link has expired (links work for 48 hours). Sign in and ask for a new email from your account page.')).toBeVisible();
    expect(screen.queryByText(message)).toBeNull();
    expect(screen.getByText('The address was not verified')).toBeVisible();
  });
});
