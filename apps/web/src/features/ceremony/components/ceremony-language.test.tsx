import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import { FakeBroadcastChannel } from '../test/fake-broadcast-channel';
import { C, makeDeck } from '../test/deck';
import { CeremonyPresenter } from './presenter-view';

const region = () => screen.getByTestId('ceremony-slide');

beforeEach(() => {
  FakeBroadcastChannel.reset();
  vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);
});

/** Issue 17, section 5: the ceremony in the language the organiser chose, whatever the presenter's interface speaks. */
describe('the ceremony’s language', () => {
  it('opens in the language kept on the competition, and marks a name that falls back to English', async () => {
    vi.stubGlobal('fetch', stubFetch({}).fetchStub);
    const deck = makeDeck();
    // the award's description has no Japanese: it is shown in English, marked as such
    renderPage(<CeremonyPresenter deck={{ ...deck, language: 'ja', reveals: deck.reveals.map((r) => ({ ...r, description: { en: 'The best video.' } })) }} />);
    await waitFor(() => expect(region().getAttribute('aria-label')).toBe('オープニング：日ASEAN動画コンテスト2027'));
    expect(screen.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(within(region()).getByRole('heading', { level: 1 }).textContent).toBe('グランプリ'));
    expect(within(region()).getByText('The best video.')).toHaveAttribute('lang', 'en');
  });

  it('keeps the language chosen on the competition, so that an audience window opened later starts in it', async () => {
    const { fetchStub, calls } = stubFetch({ [`PATCH /api/competitions/${C}`]: () => ({ body: {} }) });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<CeremonyPresenter deck={makeDeck()} />);
    await userEvent.click(screen.getByRole('button', { name: '日本語' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ ceremonyLanguage: 'ja' }));
  });
});
