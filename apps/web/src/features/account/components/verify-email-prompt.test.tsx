import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import { VerifyEmailPrompt } from './verify-email-prompt';

afterEach(() => vi.unstubAllGlobals());

describe('VerifyEmailPrompt', () => {
  it('sends a verification link and says where it went', async () => {
    const user = userEvent.setup();
    const stub = stubFetch({ 'POST /api/auth/email-verification': () => ({ body: { sentTo: 'ana@example.org', expiresAt: '2027-08-03T00:00:00.000Z' } }) });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<VerifyEmailPrompt />);
    await user.click(await screen.findByRole('button', { name: 'Send me a verification link' }));
    await waitFor(() => expect(stub.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /api/auth/email-verification']));
    expect(await screen.findByText(/We sent a link to ana@example\.org\. It works once, until .*2027/)).toBeVisible();
  });

  it('says in its own words why sending is refused, never the English of the server', async () => {
    const user = userEvent.setup();
    const message = 'Your email address ana@example.org is already verified; there is nothing more to do.';
    vi.stubGlobal(
      'fetch',
      stubFetch({
        'POST /api/auth/email-verification': () => ({
          status: 409,
          body: { statusCode: 409, code: 'conflict', reason: 'accounts.already_verified', params: { email: 'ana@example.org' }, message },
        }),
      }).fetchStub,
    );
    renderPage(<VerifyEmailPrompt />);
    await user.click(await screen.findByRole('button', { name: 'Send me a verification link' }));
    expect(await screen.findByText('Your email address is already confirmed: there is nothing more to do.')).toBeVisible();
    expect(screen.queryByText(message)).toBeNull();
  });
});
