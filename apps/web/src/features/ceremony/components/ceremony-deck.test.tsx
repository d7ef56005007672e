import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import type { CeremonyDeck as Deck, CeremonyEntry } from '../api/get-ceremony';
import { CeremonyDeck } from './ceremony-deck';

const C = '5d7c1f0e-1111-4222-8333-444455556666';

const entry = (code: string, title: string, winner = false): CeremonyEntry => ({
  entryId: `id-${code}`,
  code,
  title,
  countryCode: code.slice(0, 2),
  countryName: { en: code.startsWith('TH') ? 'Thailand' : 'Japan', ja: code.startsWith('TH') ? 'タイ' : '日本' },
  categoryName: { en: 'Ages 13–17' },
  credits: `Team of ${title}`,
  posterUrl: null,
  videoUrl: winner ? `https://media.example/${code}.mp4` : null,
  subtitles: winner
    ? [
        { language: 'en', url: 'https://media.example/en.vtt' },
        { language: 'ja', url: 'https://media.example/ja.vtt' },
      ]
    : [],
});

function makeDeck(state: 'sealed' | 'published' = 'sealed'): Deck {
  const winner = entry('TH-0003', 'Lock your phone', true);
  return {
    competitionId: C,
    competitionName: { en: 'ASEAN–Japan Video Competition 2027', ja: '日ASEAN動画コンテスト2027' },
    languages: ['en', 'ja'],
    publication: {
      state,
      sealedAt: '2027-09-01T00:00:00.000Z',
      publishedAt: state === 'published' ? '2027-09-10T10:00:00.000Z' : null,
      ceremonyAt: '2027-09-10T09:00:00.000Z',
      finalRoundId: 'f',
      blockers: [],
    },
    expiresAt: '2099-01-01T00:00:00.000Z',
    reveals: [
      {
        awardId: 'a1',
        awardName: { en: 'Grand Prize', ja: 'グランプリ' },
        description: { en: 'The best video of the year.' },
        countryCode: null,
        countryName: null,
        nominees: [entry('JP-0001', 'Strong passwords'), winner],
        winners: [winner],
      },
    ],
  };
}

const region = () => screen.getByTestId('ceremony-slide');
const press = (key: string) => userEvent.keyboard(key);

beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(() => Promise.resolve());
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
});

describe('CeremonyDeck: keyboard and clickers', () => {
  it('steps title → nominees → winner → video → closing with arrows, PageDown/PageUp, Space, Home and End', async () => {
    vi.stubGlobal('fetch', stubFetch({}).fetchStub);
    renderPage(<CeremonyDeck deck={makeDeck()} />);
    expect(region().getAttribute('aria-label')).toBe('Opening: ASEAN–Japan Video Competition 2027');
    expect(screen.getByTestId('ceremony-step').textContent).toBe('Step 1 of 5');

    await press('{ArrowRight}');
    expect(screen.getByRole('region', { name: 'Nominees: Grand Prize' })).toBeVisible();
    // the nominees come before the winner, and nothing gives the winner away yet
    expect(
      within(region())
        .getAllByTestId('nominee')
        .map((n) => n.textContent),
    ).toEqual([expect.stringContaining('Strong passwords'), expect.stringContaining('Lock your phone')]);
    expect(within(region()).queryByTestId('winner')).toBeNull();
    expect(region().textContent).not.toMatch(/winner|rank|score|\b1st\b/i);
    expect(screen.getByTestId('ceremony-step').textContent).toBe('Step 2 of 5');

    await press('{PageDown}');
    expect(screen.getByRole('region', { name: 'Winner: Grand Prize' })).toBeVisible();
    expect(within(region()).getByTestId('winner').textContent).toContain('Lock your phone');
    expect(within(region()).getByTestId('winner').textContent).toContain('Team of Lock your phone');

    await press('{PageUp}');
    expect(screen.getByRole('region', { name: 'Nominees: Grand Prize' })).toBeVisible();

    await press('{PageDown}');
    await press(' ');
    const video = screen.getByRole('region', { name: 'Video: Grand Prize' });
    const player = video.querySelector('video')!;
    expect(player.getAttribute('src')).toBe('https://media.example/TH-0003.mp4');
    const tracks = Array.from(player.querySelectorAll('track'));
    expect(tracks.filter((tr) => tr.default).map((tr) => tr.srclang)).toEqual(['en']);

    await press('{End}');
    expect(screen.getByRole('region', { name: 'Closing' })).toBeVisible();
    expect(screen.getByTestId('ceremony-step').textContent).toBe('Step 5 of 5');
    await press('{ArrowRight}');
    expect(screen.getByTestId('ceremony-step').textContent).toBe('Step 5 of 5');

    await press('{Home}');
    expect(region().getAttribute('aria-label')).toMatch(/^Opening/);
    await press('{ArrowLeft}');
    expect(screen.getByTestId('ceremony-step').textContent).toBe('Step 1 of 5');
  });

  it('has labelled on-screen previous and next buttons, and shows names in the chosen language', async () => {
    vi.stubGlobal('fetch', stubFetch({}).fetchStub);
    renderPage(<CeremonyDeck deck={makeDeck()} />);
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByRole('region', { name: 'Nominees: Grand Prize' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '日本語' }));
    expect(screen.getByRole('region', { name: 'Nominees: グランプリ' })).toBeVisible();
    expect(region().textContent).toContain('タイ');
    await userEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(region().getAttribute('aria-label')).toBe('Opening: 日ASEAN動画コンテスト2027');
  });

  it('publishes the results from the last slide', async () => {
    const { fetchStub, calls } = stubFetch({
      [`POST /api/competitions/${C}/results/publish`]: () => ({ body: { publication: { ...makeDeck('published').publication }, awards: [] } }),
      [`GET /api/competitions/${C}/ceremony`]: () => ({ body: makeDeck('published') }),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<CeremonyDeck deck={makeDeck()} />);
    await press('{End}');
    await userEvent.click(screen.getByRole('button', { name: 'Publish results' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === `/api/competitions/${C}/results/publish`)).toBe(true));
    expect(await screen.findByText('Results are published')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Publish results' })).toBeNull();
  });

  it('shows "Results are published" and no publish button when they already are', async () => {
    vi.stubGlobal('fetch', stubFetch({}).fetchStub);
    renderPage(<CeremonyDeck deck={makeDeck('published')} />);
    await press('{End}');
    expect(screen.getByText('Results are published')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Publish results' })).toBeNull();
  });
});

describe('CeremonyDeck: a deck fetched again', () => {
  it('stays on the slide on screen when a winner’s video becomes ready and adds a slide before it', async () => {
    vi.stubGlobal('fetch', stubFetch({}).fetchStub);
    const withVideo = makeDeck();
    const withoutVideo: Deck = { ...withVideo, reveals: withVideo.reveals.map((r) => ({ ...r, winners: r.winners.map((w) => ({ ...w, videoUrl: null })) })) };
    function Refetching() {
      const [deck, setDeck] = useState(withoutVideo);
      return (
        <>
          <button type="button" onClick={() => setDeck(withVideo)}>
            refetch
          </button>
          <CeremonyDeck deck={deck} />
        </>
      );
    }
    renderPage(<Refetching />);
    await press('{End}');
    expect(region().getAttribute('aria-label')).toBe('Closing');
    expect(screen.getByTestId('ceremony-step').textContent).toBe('Step 4 of 4');
    await userEvent.click(screen.getByRole('button', { name: 'refetch' }));
    expect(region().getAttribute('aria-label')).toBe('Closing');
    expect(screen.getByTestId('ceremony-step').textContent).toBe('Step 5 of 5');
    await press('{ArrowLeft}');
    expect(region().getAttribute('aria-label')).toBe('Video: Grand Prize');
  });
});
