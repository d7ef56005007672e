import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import { SignUpForm } from './sign-up-form';

const countries = [
  { code: 'JP', name: 'Japan' },
  { code: 'TH', name: 'Thailand' },
];

describe('SignUpForm', () => {
  it('shows the server’s field errors beside the matching inputs and focuses the summary', async () => {
    const { fetchStub, calls } = stubFetch({
      'GET /api/schools': () => ({ body: [{ id: 's1', name: 'Demo Secondary School', countryCode: 'TH' }] }),
      'POST /api/auth/sign-up': () => ({
        status: 409,
        body: { statusCode: 409, code: 'email_taken', message: 'taken', fields: [{ field: 'email', messages: ['is already registered'] }] },
      }),
    });
    vi.stubGlobal('fetch', fetchStub);
    const onSignedUp = vi.fn();
    renderPage(<SignUpForm countries={countries} onSignedUp={onSignedUp} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText(/Display name/), 'Ploy');
    await user.type(screen.getByLabelText(/Email/), 'ploy@example.org');
    await user.type(screen.getByLabelText(/Password/), 'a long passphrase here');
    await user.selectOptions(screen.getByLabelText(/Country/), 'TH');
    await user.type(screen.getByLabelText(/School/), 'Demo');
    await user.type(screen.getByLabelText(/Date of birth/), '2011-05-14');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const email = screen.getByLabelText(/Email/);
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const errorId = email.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)?.textContent).toBe('is already registered');
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('An account with this email already exists');
    expect(document.activeElement).toBe(summary);
    expect(screen.getByLabelText(/Password/).getAttribute('aria-invalid')).toBeNull();
    expect(onSignedUp).not.toHaveBeenCalled();

    const sent = calls.find((c) => c.path === '/api/auth/sign-up');
    expect(sent?.body).toMatchObject({ email: 'ploy@example.org', role: 'student', countryCode: 'TH', schoolName: 'Demo', dateOfBirth: '2011-05-14', locale: 'en' });
  });

  it('asks a student for a date of birth and a 12-character password before sending anything', async () => {
    const { fetchStub, calls } = stubFetch({});
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<SignUpForm countries={countries} onSignedUp={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByLabelText(/Date of birth/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/Password/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Use at least 12 characters.')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/api/auth/sign-up')).toEqual([]);
  });
});
