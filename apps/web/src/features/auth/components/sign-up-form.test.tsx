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
  it("shows a refused password's problems in the reader's language beside the field and focuses the summary", async () => {
    const { fetchStub, calls } = stubFetch({
      'GET /api/schools': () => ({ body: [{ id: 's1', name: 'Demo Secondary School', countryCode: 'TH' }] }),
      'POST /api/auth/sign-up': () => ({
        status: 422,
        body: {
          statusCode: 422,
          code: 'weak_password',
          reason: 'accounts.weak_password',
          params: { problems: [{ reason: 'accounts.password_too_common', params: {} }] },
          message: 'Please choose a stronger password.',
          fields: [{ field: 'password', messages: ['server words'], problems: [{ reason: 'accounts.password_too_common', params: {} }] }],
        },
      }),
    });
    vi.stubGlobal('fetch', fetchStub);
    const onSubmitted = vi.fn();
    renderPage(<SignUpForm countries={countries} onSubmitted={onSubmitted} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText(/Display name/), 'Ploy');
    await user.type(screen.getByLabelText(/Email/), 'ploy@example.org');
    await user.type(screen.getByLabelText(/Password/), 'a long passphrase here');
    await user.selectOptions(screen.getByLabelText(/Country/), 'TH');
    await user.type(screen.getByLabelText(/School/), 'Demo');
    await user.type(screen.getByLabelText(/Date of birth/), '2011-05-14');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const password = screen.getByLabelText(/Password/);
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    const errorId = password
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)?.textContent).toBe('This is one of the most common passwords. Choose something harder to guess.');
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Choose a stronger password.');
    expect(summary.textContent).not.toContain('server words');
    expect(document.activeElement).toBe(summary);
    expect(onSubmitted).not.toHaveBeenCalled();

    const sent = calls.find((c) => c.path === '/api/auth/sign-up');
    expect(sent?.body).toMatchObject({
      email: 'ploy@example.org',
      role: 'student',
      countryCode: 'TH',
      schoolName: 'Demo',
      dateOfBirth: '2011-05-14',
      locale: 'en',
    });
  }, 15_000);

  it('hands the "check your email" answer on, without signing anyone in', async () => {
    const { fetchStub } = stubFetch({
      'GET /api/schools': () => ({ body: [] }),
      'POST /api/auth/sign-up': () => ({ status: 202, body: { status: 'check_email', email: 'ploy@example.org' } }),
    });
    vi.stubGlobal('fetch', fetchStub);
    const onSubmitted = vi.fn();
    renderPage(<SignUpForm countries={countries} onSubmitted={onSubmitted} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Display name/), 'Ploy');
    await user.type(screen.getByLabelText(/Email/), 'ploy@example.org');
    await user.type(screen.getByLabelText(/Password/), 'a long passphrase here');
    await user.selectOptions(screen.getByLabelText(/Country/), 'TH');
    await user.type(screen.getByLabelText(/School/), 'Demo');
    await user.type(screen.getByLabelText(/Date of birth/), '2011-05-14');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    expect(onSubmitted.mock.calls[0][0]).toEqual({ status: 'check_email', email: 'ploy@example.org' });
  }, 15_000);

  it('asks a student for a date of birth and a 12-character password before sending anything', async () => {
    const { fetchStub, calls } = stubFetch({});
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<SignUpForm countries={countries} onSubmitted={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByLabelText(/Date of birth/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/Password/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Use at least 12 characters.')).toBeVisible();
    expect(calls.filter((c) => c.path === '/api/auth/sign-up')).toEqual([]);
  });
});
