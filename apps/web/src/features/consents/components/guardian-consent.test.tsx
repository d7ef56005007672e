import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../lib/api-client';
import { renderPage, stubFetch } from '../../../test/render';
import { GuardianConsent } from './guardian-consent';

const TOKEN = 'Tk'.repeat(22);
const preview = (over: Partial<Schemas['GuardianConsentPreviewDto']> = {}): Schemas['GuardianConsentPreviewDto'] => ({
  memberName: 'Ananya Srisuk',
  entryTitle: 'Think before you click',
  competitionName: { en: 'Cyber Safe Video Awards' },
  language: 'en',
  consentText: 'I am the parent or legal guardian of the team member named here.',
  textVersion: '2027-01',
  textLanguage: 'en',
  languages: ['en', 'th'],
  requestedLanguage: 'en',
  agreedVersion: null,
  agreedLanguage: null,
  status: 'requested',
  givenAt: null,
  refusedAt: null,
  ...over,
});

afterEach(() => vi.unstubAllGlobals());

describe('GuardianConsent', () => {
  it('offers "I agree" and "I do not agree"; declining is recorded and the guardian can still agree', async () => {
    const stub = stubFetch({
      'POST /api/guardian-consents/preview': () => ({ body: preview() }),
      'POST /api/guardian-consents/refuse': () => ({ body: preview({ status: 'refused', refusedAt: '2027-01-16T03:00:00.000Z' }) }),
      'POST /api/guardian-consents/give': () => ({
        body: preview({ status: 'given', givenAt: '2027-01-17T03:00:00.000Z', refusedAt: '2027-01-16T03:00:00.000Z' }),
      }),
    });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<GuardianConsent token={TOKEN} />);
    await userEvent.click(await screen.findByRole('button', { name: 'I do not agree' }));
    expect(await screen.findByRole('heading', { name: 'You declined' })).toBeVisible();
    expect(screen.getByText(/You answered “I do not agree” for Ananya Srisuk/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'I do not agree' })).toBeNull();
    expect(stub.calls.find((c) => c.path === '/api/guardian-consents/refuse')?.body).toEqual({
      token: TOKEN,
      agree: false,
      language: 'en',
      textVersion: '2027-01',
    });

    await userEvent.type(screen.getByLabelText(/Your full name/), 'Malee Srisuk');
    await userEvent.type(screen.getByLabelText(/Relationship to the team member/), 'mother');
    await userEvent.click(screen.getByRole('button', { name: 'I agree' }));
    expect(await screen.findByRole('heading', { name: 'Consent given' })).toBeVisible();
    expect(stub.calls.find((c) => c.path === '/api/guardian-consents/give')?.body).toEqual({
      token: TOKEN,
      guardianName: 'Malee Srisuk',
      relationship: 'mother',
      agree: true,
      language: 'en',
      textVersion: '2027-01',
    });
  });

  it('offers only the languages with an approved text, each in its own script, and no answer to a text it does not show', async () => {
    const stub = stubFetch({
      'POST /api/guardian-consents/preview': () => ({
        body: preview({ language: 'en', consentText: null, textVersion: null, textLanguage: null, languages: ['th', 'vi'] }),
      }),
    });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<GuardianConsent token={TOKEN} />);
    const thai = await screen.findByRole('button', { name: 'ไทย' });
    expect(thai).toHaveAttribute('lang', 'th');
    expect(screen.getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute('lang', 'vi');
    expect(screen.queryByRole('button', { name: 'English' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'I agree' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'I do not agree' })).toBeNull();
    expect(screen.getByText(/not yet available in English/)).toBeVisible();
  });

  it('says that a link has expired or is not valid, from the reason', async () => {
    vi.stubGlobal(
      'fetch',
      stubFetch({
        'POST /api/guardian-consents/preview': () => ({
          status: 410,
          body: { statusCode: 410, code: 'invitation_expired', reason: 'consents.link_expired', params: {}, message: 'This consent link has expired.' },
        }),
      }).fetchStub,
    );
    renderPage(<GuardianConsent token={TOKEN} />);
    expect(await screen.findByText('This link has expired')).toBeVisible();
    expect(screen.queryByText('This consent link has expired.')).toBeNull();
  });

  it('shows why an answer is refused in words of its own: a consent withdrawn through this link', async () => {
    const english = 'Consent was withdrawn through this link. Ask the team for a new link to give it again.';
    vi.stubGlobal(
      'fetch',
      stubFetch({
        'POST /api/guardian-consents/preview': () => ({ body: preview() }),
        'POST /api/guardian-consents/give': () => ({
          status: 409,
          body: { statusCode: 409, code: 'conflict', reason: 'consents.withdrawn', params: {}, message: english },
        }),
      }).fetchStub,
    );
    renderPage(<GuardianConsent token={TOKEN} />);
    await userEvent.type(await screen.findByLabelText(/Your full name/), 'Malee Srisuk');
    await userEvent.type(screen.getByLabelText(/Relationship to the team member/), 'mother');
    await userEvent.click(screen.getByRole('button', { name: 'I agree' }));
    expect(await screen.findByText('Consent was withdrawn through this link. To give it again, ask the team for a new link.')).toBeVisible();
    expect(screen.queryByText(english)).toBeNull();
  });
});
