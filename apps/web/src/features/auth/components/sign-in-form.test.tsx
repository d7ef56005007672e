import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import { SignInForm } from './sign-in-form';

afterEach(() => vi.unstubAllGlobals());

describe('SignInForm', () => {
  it('links to "forgot your password"', () => {
    vi.stubGlobal('fetch', stubFetch({}).fetchStub);
    renderPage(<SignInForm onSignedIn={vi.fn()} />);
    expect(screen.getByRole('link', { name: 'Forgot your password?' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('asks an account whose sign-up is not confirmed to open its link, and sends a new one', async () => {
    const { fetchStub, calls } = stubFetch({
      'POST /api/auth/sign-in': () => ({
        status: 403,
        body: {
          statusCode: 403,
          code: 'email_unconfirmed',
          reason: 'accounts.email_unconfirmed',
          params: { email: 'ana@example.org' },
          message: 'server words',
        },
      }),
      'POST /api/auth/sign-up/resend': () => ({ status: 202, body: { status: 'check_email', email: 'ana@example.org' } }),
    });
    vi.stubGlobal('fetch', fetchStub);
    const onSignedIn = vi.fn();
    renderPage(<SignInForm onSignedIn={onSignedIn} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'Ana@example.org');
    await user.type(screen.getByLabelText('Password'), 'a long passphrase here');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Confirm your email address first')).toBeVisible();
    expect(screen.queryByText('server words')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send me a new link' }));
    expect(await screen.findByText('We sent a new link to ana@example.org. Only the newest link works.')).toBeVisible();
    await waitFor(() => expect(calls.at(-1)).toEqual({ method: 'POST', path: '/api/auth/sign-up/resend', body: { email: 'ana@example.org' } }));
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});
