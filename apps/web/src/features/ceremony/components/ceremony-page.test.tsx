import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import { i18n } from '../../../lib/translator';
import { FakeBroadcastChannel } from '../test/fake-broadcast-channel';
import { C, makeDeck } from '../test/deck';
import { CeremonyPage } from './ceremony-page';

const ENGLISH = 'Seal the results before the ceremony; first: results.final_not_closed, results.awards_without_winners.';
const notSealed = (problems: unknown[]) => ({
  status: 409,
  body: { statusCode: 409, code: 'conflict', reason: 'results.ceremony_not_sealed', params: { problems }, message: ENGLISH },
});
const BLOCKERS = [
  { reason: 'results.final_not_closed', params: {} },
  // the awards' names in every language of the competition; the second has no Japanese yet
  {
    reason: 'results.awards_without_winners',
    params: { awards: [{ en: 'Grand Prize', ja: 'グランプリ' }, { en: 'Best of Thailand' }], awardIds: ['a1', 'a2'] },
  },
];

const renderCeremony = () => renderPage(<CeremonyPage />, { path: '/ceremony/:competitionId', route: `/ceremony/${C}` });

beforeEach(() => {
  FakeBroadcastChannel.reset();
  vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);
});

describe('Ceremony mode before the results are sealed', () => {
  it('says what stands in the way of sealing, with the way to the awards, and offers no seal', async () => {
    vi.stubGlobal('fetch', stubFetch({ [`GET /api/competitions/${C}/ceremony`]: () => notSealed(BLOCKERS) }).fetchStub);
    renderCeremony();
    expect(await screen.findByRole('heading', { level: 1, name: 'Seal the results before the ceremony' })).toBeVisible();
    expect(screen.getByText('The ceremony shows sealed results only, and these results are not sealed yet.')).toBeVisible();
    expect(screen.getByText('Sealing needs 2 more things, on the Awards page:')).toBeVisible();
    expect(
      within(screen.getByTestId('seal-blockers'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Close the final round first, so that no scorecard can change.', 'Assign winners to: Grand Prize and Best of Thailand.']);
    expect(screen.getByRole('link', { name: 'Go to the awards' }).getAttribute('href')).toBe(`/admin/competitions/${C}/awards`);
    expect(screen.queryByRole('button', { name: /Seal/ })).toBeNull();
    expect(document.body.textContent).not.toContain(ENGLISH);
  });

  it('says it in Japanese with every fact', async () => {
    vi.stubGlobal('fetch', stubFetch({ [`GET /api/competitions/${C}/ceremony`]: () => notSealed(BLOCKERS) }).fetchStub);
    await i18n.changeLanguage('ja');
    try {
      renderCeremony();
      expect(await screen.findByRole('heading', { level: 1, name: '授賞式の前に結果を封印してください' })).toBeVisible();
      const items = within(screen.getByTestId('seal-blockers')).getAllByRole('listitem');
      // each award in the reader's language, English where it has no Japanese
      expect(items[1].textContent).toContain('グランプリ');
      expect(items[1].textContent).not.toContain('Grand Prize');
      expect(items[1].textContent).toContain('Best of Thailand');
      expect(screen.getByText('封印するには、賞のページであと2つ必要です：')).toBeVisible();
      expect(document.body.textContent).not.toContain(ENGLISH);
      expect(document.body.textContent).not.toContain('Close the final round');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('offers to seal when nothing stands in the way, says what sealing does, then starts the ceremony', async () => {
    let sealed = false;
    const { fetchStub, calls } = stubFetch({
      [`GET /api/competitions/${C}/ceremony`]: () => (sealed ? { body: makeDeck() } : notSealed([])),
      [`POST /api/competitions/${C}/results/seal`]: () => {
        sealed = true;
        return { body: { publication: makeDeck().publication, awards: [] } };
      },
    });
    vi.stubGlobal('fetch', fetchStub);
    renderCeremony();
    await userEvent.click(await screen.findByRole('button', { name: 'Seal the results and start the ceremony' }));
    const question = screen.getByRole('group', { name: 'Seal the results now?' });
    expect(question.textContent).toContain('The awards are fixed: nobody can change them unless you unseal the results');
    expect(question.textContent).toContain('Nothing becomes public');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(question).getByRole('button', { name: 'Seal and start the ceremony' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === `/api/competitions/${C}/results/seal`)).toBe(true));
    expect(await screen.findByRole('region', { name: 'Opening: ASEAN–Japan Video Competition 2027' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Open the audience window' })).toBeVisible();
  });

  it('cancels the offer without sealing', async () => {
    const { fetchStub, calls } = stubFetch({ [`GET /api/competitions/${C}/ceremony`]: () => notSealed([]) });
    vi.stubGlobal('fetch', fetchStub);
    renderCeremony();
    await userEvent.click(await screen.findByRole('button', { name: 'Seal the results and start the ceremony' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Seal the results now?' })).toBeNull();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
