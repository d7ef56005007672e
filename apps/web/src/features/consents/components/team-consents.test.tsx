import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../lib/api-client';
import { loadLocale } from '../../../lib/i18n';
import { renderPage, stubFetch } from '../../../test/render';
import { TeamConsents } from './team-consents';
import { i18n } from '../../../lib/translator';

type Entry = Schemas['EntryDto'];
type ConsentState = Schemas['ConsentStateDto'];

const ENTRY = '0b7f3d2a-1c4e-4a5b-9c8d-7e6f5a4b3c2d';
const MEMBER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const none: ConsentState = {
  status: 'none',
  id: null,
  method: null,
  givenByName: null,
  givenAt: null,
  textVersion: null,
  rejectionReason: null,
  sentTo: null,
  sentAt: null,
  emailLanguage: null,
  textLanguage: null,
  refusedAt: null,
  formRequired: false,
};

const entry = (guardian: Partial<ConsentState> = {}, over: Partial<Entry> = {}): Entry =>
  ({
    id: ENTRY,
    code: 'TH-0001',
    status: 'draft',
    viewerRelation: 'owner',
    members: [
      {
        id: MEMBER,
        fullName: 'Ananya Srisuk',
        role: 'director',
        dateOfBirth: '2011-02-01',
        schoolName: 'Chiang Mai Hill School',
        age: 16,
        isMinor: true,
        consent: { ...none, status: 'given', id: 'p1', method: 'account', givenAt: '2027-01-15T03:00:00.000Z', textVersion: '2027-01' },
        guardianConsent: { ...none, ...guardian },
      },
    ],
    ...over,
  }) as Entry;

function renderPanel(e: Entry, routes: Parameters<typeof stubFetch>[0] = {}, canVerify = false) {
  const stub = stubFetch(routes);
  vi.stubGlobal('fetch', stub.fetchStub);
  renderPage(<TeamConsents entry={e} editable={e.status === 'draft' && e.viewerRelation !== 'coordinator'} canVerify={canVerify} sectionId="team" />);
  return stub;
}

afterEach(() => vi.unstubAllGlobals());

describe('TeamConsents: the guardian by email', () => {
  it('sends the address and language, then shows only the masked address; never a link', async () => {
    const sent = entry({
      status: 'requested',
      id: 'g1',
      method: 'email_link',
      sentTo: 'm•••@example.org',
      sentAt: '2027-01-15T03:00:00.000Z',
      emailLanguage: 'th',
    });
    const stub = renderPanel(entry(), { [`POST /api/entries/${ENTRY}/members/${MEMBER}/guardian-link`]: () => ({ body: sent }) });
    await userEvent.click(screen.getByRole('button', { name: 'Email the link to the guardian (Ananya Srisuk)' }));
    expect(screen.getByText("Enter the guardian's email address.")).toBeVisible();
    expect(stub.calls.filter((c) => c.method === 'POST')).toEqual([]);

    await userEvent.type(screen.getByLabelText(/Guardian's email/), 'Malee@Example.org');
    await userEvent.selectOptions(screen.getByLabelText('Language of the email'), 'th');
    await userEvent.click(screen.getByRole('button', { name: 'Email the link to the guardian (Ananya Srisuk)' }));
    expect(await screen.findByText('Sent to m•••@example.org.')).toBeVisible();
    expect(stub.calls.find((c) => c.method === 'POST')?.body).toEqual({ guardianEmail: 'Malee@Example.org', language: 'th' });
    expect(document.body.textContent).not.toMatch(/\/consent\//);
    expect(screen.queryByRole('textbox', { name: /link/i })).toBeNull();
  });

  it("says in the reader's words why an address on the entry is refused, not the server's English", async () => {
    renderPanel(entry(), {
      [`POST /api/entries/${ENTRY}/members/${MEMBER}/guardian-link`]: () => ({
        status: 400,
        body: {
          statusCode: 400,
          code: 'validation_failed',
          reason: 'common.validation_failed',
          params: { fields: ['guardianEmail'] },
          message: 'Please correct: guardianEmail.',
          fields: [
            {
              field: 'guardianEmail',
              messages: ['must be the guardian’s own address, not the address of an account on this entry (the team, its teachers or its school)'],
              problems: [{ reason: 'consents.guardian_email_on_entry', params: {} }],
            },
          ],
        },
      }),
    });
    await userEvent.type(screen.getByLabelText(/Guardian's email/), 'owner@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Email the link to the guardian (Ananya Srisuk)' }));
    expect(await screen.findByText(/This address belongs to an account on this entry/)).toBeVisible();
    expect(screen.getByLabelText(/Guardian's email/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/must be the guardian’s own address/)).toBeNull();
    expect(screen.queryByText(/Please correct/)).toBeNull();
  });

  it('says in Thai, with the name, that an adult member needs no guardian: never the English the server sent', async () => {
    const english = 'Ananya Srisuk is 18 or older on the reference date and gives their own consent; no guardian is needed.';
    await loadLocale('th');
    await i18n.changeLanguage('th');
    try {
      renderPanel(entry(), {
        [`POST /api/entries/${ENTRY}/members/${MEMBER}/guardian-link`]: () => ({
          status: 422,
          body: { statusCode: 422, code: 'rule_violation', reason: 'consents.not_a_minor', params: { name: 'Ananya Srisuk' }, message: english },
        }),
      });
      await userEvent.type(screen.getByRole('textbox'), 'malee@example.org{Enter}');
      const alert = await screen.findByText('Ananya Srisuk อายุ 18 ปีขึ้นไปในวันอ้างอิงของการประกวด จึงให้ความยินยอมเองได้ ไม่ต้องมีผู้ปกครอง');
      expect(alert).toBeVisible();
      expect(document.body.textContent).not.toContain(english);
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('says why there is nothing to resend', async () => {
    const sent = entry({ status: 'requested', id: 'g1', method: 'email_link', sentTo: 'm•••@example.org', sentAt: '2027-01-15T03:00:00.000Z' });
    renderPanel(sent, {
      [`POST /api/entries/${ENTRY}/members/${MEMBER}/guardian-link/resend`]: () => ({
        status: 409,
        body: { statusCode: 409, code: 'conflict', reason: 'consents.nothing_to_resend', params: {}, message: 'No guardian link has been emailed.' },
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Resend the email (Ananya Srisuk)' }));
    expect(await screen.findByText("No email has been sent to a guardian for this member yet. Enter the guardian's address first.")).toBeVisible();
    expect(screen.queryByText('No guardian link has been emailed.')).toBeNull();
  });

  it('resends (with the rate limit in words) and offers a change of address once sent', async () => {
    const sent = entry({
      status: 'requested',
      id: 'g1',
      method: 'email_link',
      sentTo: 'm•••@example.org',
      sentAt: '2027-01-15T03:00:00.000Z',
      emailLanguage: 'en',
    });
    renderPanel(sent, {
      [`POST /api/entries/${ENTRY}/members/${MEMBER}/guardian-link/resend`]: () => ({
        status: 429,
        body: { statusCode: 429, code: 'too_many_attempts', reason: 'common.too_many_attempts', params: { retryAfterSeconds: 1500 }, message: 'x' },
      }),
    });
    expect(screen.getByText(/Sent to m•••@example.org on /)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Resend the email (Ananya Srisuk)' }));
    expect(await screen.findByText('Too many attempts. Try again in 25 minutes.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Change the address (Ananya Srisuk)' }));
    expect(screen.getByRole('button', { name: 'Send to the new address (Ananya Srisuk)' })).toBeVisible();
  });

  it("shows the guardian's refusal, and a coordinator's demand for a signed form closes the email route", () => {
    renderPanel(
      entry({
        status: 'refused',
        id: 'g1',
        method: 'email_link',
        sentTo: 'm•••@example.org',
        sentAt: '2027-01-15T03:00:00.000Z',
        refusedAt: '2027-01-16T03:00:00.000Z',
      }),
    );
    expect(screen.getByText(/The guardian declined on/)).toBeVisible();
    expect(screen.getByText('Declined')).toBeVisible();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    renderPanel(entry({ status: 'form_required', id: 'g1', method: 'signed_form', formRequired: true }, { status: 'submitted' }));
    expect(screen.getByText('Signed form required')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Email the consent link/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Upload a signed form for Ananya Srisuk instead' })).toBeVisible();
  });

  it('shows coordinators the method of every consent and lets them ask for a signed form', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const stub = renderPanel(
      entry(
        {
          status: 'given',
          id: 'g1',
          method: 'email_link',
          sentTo: 'malee@example.org',
          givenByName: 'Malee',
          givenAt: '2027-01-16T03:00:00.000Z',
          textVersion: '2027-01',
          textLanguage: 'en',
        },
        { viewerRelation: 'coordinator', status: 'submitted' },
      ),
      {
        [`POST /api/entries/${ENTRY}/members/${MEMBER}/guardian-consent/require-form`]: () => ({
          body: entry({ status: 'form_required', id: 'g1', method: 'signed_form', formRequired: true }, { viewerRelation: 'coordinator', status: 'submitted' }),
        }),
      },
      true,
    );
    const card = screen.getByRole('listitem');
    expect(within(card).getByText(/recorded by the team/)).toBeVisible();
    expect(within(card).getByText(/email link · malee@example.org/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Ask for a signed form instead (Ananya Srisuk)' }));
    expect(confirm).toHaveBeenCalled();
    expect(stub.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/entries/${ENTRY}/members/${MEMBER}/guardian-consent/require-form`]);
    confirm.mockRestore();
  });
});
