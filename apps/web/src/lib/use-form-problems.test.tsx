import { useState, type FormEvent } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FormField } from '../components/ui/form-field';
import { ProblemSummary } from '../components/ui/problem-summary';
import { ApiError, type ApiErrorBody } from './api-client';
import { useFormProblems, type LocalProblems } from './use-form-problems';

const fields = {
  email: { id: 'f-email', label: 'Email' },
  'timeline.closesAt': { id: 'f-closes', label: 'Closes' },
};

/** A form that checks its email itself, and shows what the "server" (the error given) refused. */
function Form({ error }: { error: unknown }) {
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const [email, setEmail] = useState('');
  const { byInput, summary } = useFormProblems(local ? null : error, fields, { local });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setLocal(email ? null : { errors: { 'f-email': ['Enter an email'] }, attempt: (local?.attempt ?? 0) + 1 });
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <ProblemSummary summary={summary} />
      <FormField id="f-email" label="Email" errors={byInput['f-email']}>
        {(p) => <input {...p} value={email} onChange={(e) => setEmail(e.target.value)} />}
      </FormField>
      <FormField id="f-closes" label="Closes" errors={byInput['f-closes']}>
        {(p) => <input {...p} />}
      </FormField>
      <button type="submit">Save</button>
    </form>
  );
}

type Field = ApiErrorBody['fields'] extends (infer F)[] | undefined ? F : never;
const refusal = (
  fieldErrors: Field[],
  code: ApiErrorBody['code'] = 'validation_failed',
  status = 400,
  reason: ApiErrorBody['reason'] = 'common.validation_failed',
) => new ApiError(status, { statusCode: status, code, reason, params: {}, message: 'Please correct: timeline.closesAt, somethingElse.', fields: fieldErrors });
// the server's English stays in `messages`, for logs: the page shows the problems in the reader's language
const notDate = { field: 'timeline.closesAt.date', messages: ['must be a date'], problems: [{ reason: 'field.not_date' as const, params: {} }] };
const tooLong = {
  field: 'somethingElse',
  messages: ['must be at most 200 characters'],
  problems: [{ reason: 'field.too_long' as const, params: { max: 200 } }],
};

describe('useFormProblems', () => {
  // jsdom lays nothing out: the summary's links scroll their input into view
  const scrolled = vi.fn();
  beforeAll(() => {
    Element.prototype.scrollIntoView = scrolled;
  });

  it("places the server's field errors beside their inputs, lists them in a summary that takes the focus, and links each to its input", async () => {
    const error = refusal([notDate, tooLong]);
    render(<Form error={error} />);

    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    // focus lands on the summary: a screen reader announces it, a keyboard user starts there
    await waitFor(() => expect(document.activeElement).toBe(summary));
    // the message is ours, by the error's code, never the server's English sentence
    expect(summary.textContent).toContain('Some answers need correcting. They are marked below.');
    expect(summary.textContent).not.toContain('Please correct');
    // a path below a known field lands at that field's input; one the form does not show is listed on its own
    const closes = screen.getByRole('textbox', { name: 'Closes' });
    expect(closes.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(closes.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Enter a date.');
    expect(document.body.textContent).not.toContain('must be a date');
    expect(screen.getByRole('textbox', { name: 'Email' }).getAttribute('aria-invalid')).toBeNull();
    // its limit is a fact of the message
    expect(screen.getByText('somethingElse: Use at most 200 characters.').tagName).toBe('LI');

    await userEvent.click(screen.getByRole('link', { name: 'Closes: Enter a date.' }));
    expect(document.activeElement).toBe(closes);
    expect(scrolled.mock.contexts).toEqual([closes]);
  });

  it("puts the form's own problems first, and focuses the summary again on each refused attempt", async () => {
    render(<Form error={refusal([{ ...notDate, field: 'timeline.closesAt' }])} />);
    const save = screen.getByRole('button', { name: 'Save' });

    await userEvent.click(save);
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(screen.getByRole('link', { name: 'Email: Enter an email' }).getAttribute('href')).toBe('#f-email');
    expect(screen.queryByText(/Enter a date/)).toBeNull();

    screen.getByRole('textbox', { name: 'Email' }).focus();
    await userEvent.click(save);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert', { name: 'There is a problem' })));
  });

  it('says why when the server named no field, in the reader’s language', () => {
    render(<Form error={refusal([], 'conflict', 409, 'common.conflict')} />);
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary.textContent).toContain('Someone else changed this at the same time. Reload the page and try again.');
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('shows nothing when nothing is wrong', () => {
    render(<Form error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
