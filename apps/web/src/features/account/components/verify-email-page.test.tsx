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
    expect(await screen.findByText('Thank you: ana@example.org is verified.')).toBeTruthy();
  });

  it("shows the API's message when the link is expired or used", async () => {
    const user = userEvent.setup();
    const message = 'This verification link has expired (links work for 48 hours). Sign in and ask for a new verification email from your account page.';
    renderVerify(() => ({ status: 410, body: { statusCode: 410, code: 'invitation_expired', message, details: { reason: 'token_expired' } } }));
    await user.click(await screen.findByRole('button', { name: 'Confirm my email address' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByText('The address was not verified')).toBeTruthy();
  });
});
