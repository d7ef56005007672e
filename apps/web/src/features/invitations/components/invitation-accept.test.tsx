import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../../../lib/format';
import { loadLocale } from '../../../lib/i18n';
import { renderPage, stubFetch } from '../../../test/render';
import { InvitationAccept } from './invitation-accept';
import { i18n } from '../../../lib/translator';

const TOKEN = 'inv_0123456789abcdefghijklmnop';
const SERVER_WORDS = 'English words from the server that a page never shows.';

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

function renderRefused(body: Record<string, unknown>, status: number) {
  vi.stubGlobal(
    'fetch',
    stubFetch({ 'POST /api/invitations/preview': () => ({ status, body: { statusCode: status, message: SERVER_WORDS, ...body } }) }).fetchStub,
  );
  renderPage(<InvitationAccept token={TOKEN} me={null} countryName={(c) => c} onAccepted={vi.fn()} />);
}

describe('InvitationAccept', () => {
  it('says in its own words that a used invitation can no longer be used', async () => {
    renderRefused({ code: 'invitation_used', reason: 'accounts.invitation_used', params: {} }, 410);
    expect(await screen.findByText('This invitation has already been used.')).toBeVisible();
    expect(screen.getByText('This invitation can no longer be used')).toBeVisible();
    expect(screen.queryByText(SERVER_WORDS)).toBeNull();
  });

  it('says in Thai when an invitation expired, with the date and time in Thai', async () => {
    await loadLocale('th');
    await i18n.changeLanguage('th');
    const expiredAt = '2027-03-14T09:30:00.000Z';
    renderRefused({ code: 'invitation_expired', reason: 'accounts.invitation_expired', params: { expiredAt } }, 410);
    const text = await screen.findByText(/^คำเชิญนี้หมดอายุเมื่อ/);
    expect(text).toBeVisible();
    expect(text.textContent).toBe(`คำเชิญนี้หมดอายุเมื่อ ${formatDateTime(expiredAt, 'th')} โปรดขอคำเชิญใหม่จากคนที่เชิญคุณ`);
    expect(document.body.textContent).not.toContain(SERVER_WORDS);
  });

  it('asks only for the whole link again when the link was cut short', async () => {
    renderRefused(
      {
        code: 'validation_failed',
        reason: 'common.validation_failed',
        params: { fields: ['token'] },
        fields: [{ field: 'token', messages: ['token is not a valid invitation token'], problems: [{ reason: 'accounts.invitation_invalid', params: {} }] }],
      },
      400,
    );
    expect(await screen.findByText(/Open the whole link from the email again/)).toBeVisible();
    expect(screen.queryByText(/Some answers need correcting/)).toBeNull();
  });
});
