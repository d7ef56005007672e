import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../lib/api-client';
import { renderPage, stubFetch } from '../../../test/render';
import { LegalTextsPage } from './legal-texts-page';

type Texts = Schemas['LegalTextsDto'];
type Revision = Schemas['LegalTextRevisionDto'];
const ID = '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const revision = (over: Partial<Revision>): Revision => ({
  id: 'r1',
  version: '2027-01',
  revision: 1,
  title: null,
  body: 'Text',
  writtenByName: 'Clapper',
  writtenAt: '2027-01-10T03:00:00.000Z',
  writtenByYou: false,
  approvedByName: null,
  approvedAt: null,
  ...over,
});
const texts = (thai: Schemas['LegalTextCellDto']): Texts => ({
  competitionId: ID,
  competitionName: { en: 'Cyber Safe Video Awards' },
  competitionLanguages: ['en', 'th'],
  documents: [
    {
      document: 'guardian_consent',
      version: '2027-01',
      hasTitle: false,
      languages: [
        {
          language: 'en',
          state: 'approved',
          approved: revision({ id: 'en1', body: 'I am the parent', approvedByName: 'Clapper', approvedAt: '2027-01-10T03:00:00.000Z' }),
          draft: null,
          mayReview: true,
        },
        thai,
      ],
    },
  ],
});

afterEach(() => vi.unstubAllGlobals());

describe('LegalTextsPage', () => {
  it('shows each language with its state, and approves a draft someone else wrote', async () => {
    const draft = {
      language: 'th' as const,
      state: 'drafted' as const,
      approved: null,
      draft: revision({ id: 'th1', body: 'ข้าพเจ้าเป็นบิดา มารดา' }),
      mayReview: true,
    };
    const stub = stubFetch({
      [`GET /api/competitions/${ID}/legal-texts`]: () => ({ body: texts(draft) }),
      [`POST /api/competitions/${ID}/legal-texts/guardian_consent/th/approve`]: () => ({
        body: texts({
          ...draft,
          state: 'approved',
          draft: null,
          approved: { ...draft.draft, approvedByName: 'Aiko Organiser', approvedAt: '2027-01-11T03:00:00.000Z' },
        }),
      }),
    });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<LegalTextsPage competitionId={ID} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Guardian consent' })).toBeVisible();
    expect(screen.getByText(/approved in English/)).toBeVisible();
    const thai = screen.getByText('ไทย').closest('details')!;
    expect(within(thai).getByText('Draft, not approved')).toBeVisible();
    await userEvent.click(within(thai).getByText('ไทย'));
    expect(within(thai).getByLabelText('Text')).toHaveValue('ข้าพเจ้าเป็นบิดา มารดา');
    expect(within(thai).getByLabelText('Text')).toHaveAttribute('lang', 'th');
    await userEvent.click(within(thai).getByRole('button', { name: 'Approve version 2027-01' }));
    expect(await within(thai).findByText('Approved: people reading ไทย are now shown this text.')).toBeVisible();
    expect(stub.calls.find((c) => c.path.endsWith('/approve'))?.body).toEqual({ textId: 'th1' });
  });

  it('offers no approval of a version the reviewer wrote, and says why', async () => {
    const own = { language: 'th' as const, state: 'drafted' as const, approved: null, draft: revision({ id: 'th2', writtenByYou: true }), mayReview: true };
    vi.stubGlobal('fetch', stubFetch({ [`GET /api/competitions/${ID}/legal-texts`]: () => ({ body: texts(own) }) }).fetchStub);
    renderPage(<LegalTextsPage competitionId={ID} />);
    const thai = (await screen.findByText('ไทย')).closest('details')!;
    await userEvent.click(within(thai).getByText('ไทย'));
    expect(within(thai).queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(within(thai).getByText('You wrote this version, so someone else must approve it.')).toBeVisible();
  });
});
