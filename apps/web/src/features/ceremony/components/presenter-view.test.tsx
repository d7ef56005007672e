import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import type { CeremonyDeck as Deck } from '../api/get-ceremony';
import { channelName } from '../utils/channel';
import { FakeBroadcastChannel } from '../test/fake-broadcast-channel';
import { C, makeDeck } from '../test/deck';
import { CeremonyPresenter as CeremonyDeck } from './presenter-view';

const region = () => screen.getByTestId('ceremony-slide');
const press = (key: string) => userEvent.keyboard(key);

beforeEach(() => {
  FakeBroadcastChannel.reset();
  vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(() => Promise.resolve());
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
});

describe('Presenter view: keyboard and clickers', () => {
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
    // the slides speak the ceremony's language, not the presenter's: words and names alike
    await userEvent.click(screen.getByRole('button', { name: '日本語' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'ノミネート：グランプリ' })).toBeVisible());
    expect(region().textContent).toContain('タイ');
    expect(region().textContent).toContain('ノミネート');
    // the presenter's own controls stay in their language
    expect(screen.getByRole('button', { name: /Previous/ })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(region().getAttribute('aria-label')).toBe('オープニング：日ASEAN動画コンテスト2027');
  });

  it('publishes the results only after a confirmation that says what publishing does', async () => {
    const { fetchStub, calls } = stubFetch({
      [`POST /api/competitions/${C}/results/publish`]: () => ({ body: { publication: { ...makeDeck('published').publication }, awards: [] } }),
      [`GET /api/competitions/${C}/ceremony`]: () => ({ body: makeDeck('published') }),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<CeremonyDeck deck={makeDeck()} />);
    await press('{End}');
    await userEvent.click(screen.getByRole('button', { name: 'Publish results' }));
    // it asks first, saying what publishing does; nothing is sent yet
    const question = screen.getByRole('group', { name: 'Publish the results now?' });
    expect(question.textContent).toContain('the winners appear on the public showcase, every team sees its own results');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(question).getByRole('button', { name: 'Publish the results' }));
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

describe('Presenter view: a deck fetched again', () => {
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

describe('Presenter view: the next slide, the notes, the clock', () => {
  it('shows the next slide and this slide’s notes: the nominees, then the winner as credited before the reveal', async () => {
    vi.stubGlobal('fetch', stubFetch({}).fetchStub);
    renderPage(<CeremonyDeck deck={makeDeck()} />);
    expect(screen.getByTestId('ceremony-next-label').textContent).toBe('Nominees: Grand Prize');
    expect(screen.getByTestId('presenter-notes').textContent).toContain('1 award to reveal tonight');
    expect(screen.getByTestId('presenter-clock').textContent).toMatch(/\d/);
    expect(screen.getByTestId('presenter-elapsed').textContent).toMatch(/^0:00:0\d$/);

    await press('{ArrowRight}');
    expect(screen.getByTestId('ceremony-next-label').textContent).toBe('Winner: Grand Prize');
    const notes = screen.getByTestId('presenter-notes');
    expect(notes.textContent).toContain('The best video of the year.');
    expect(notes.textContent).toContain('2 nominees');
    expect(notes.textContent).toContain('The winner, revealed on the next slide (as credited)');
    expect(notes.textContent).toContain('Lock your phone — Team of Lock your phone');
    expect(notes.textContent).toContain('Thailand · Ages 13–17 · TH-0003');
    // on the nominees slide, the main button reveals the winner
    await userEvent.click(screen.getByRole('button', { name: /Reveal the winner/ }));
    expect(screen.getByRole('region', { name: 'Winner: Grand Prize' })).toBeVisible();
    expect(screen.getByTestId('ceremony-next-label').textContent).toBe('Video: Grand Prize');
    // the preview is a picture for sighted presenters: its words are in the label
    const preview = document.querySelector('.presenter-preview')!;
    expect(preview.getAttribute('aria-hidden')).toBe('true');
    expect(preview.querySelector('img')?.getAttribute('src')).toBe('https://media.example/TH-0003.jpg');

    await press('{End}');
    expect(screen.getByTestId('ceremony-next-label').textContent).toBe('This is the last slide.');
    expect(screen.getByTestId('presenter-notes').textContent).toContain('publish the results');
  });

  it('asks every poster in CORS mode, as the video’s own poster is, so a cached copy serves both', async () => {
    vi.stubGlobal('fetch', stubFetch({}).fetchStub);
    renderPage(<CeremonyDeck deck={makeDeck()} />);
    await press('{ArrowRight}');
    const posters = screen.getAllByTestId('ceremony-poster');
    expect(posters.length).toBeGreaterThan(0);
    for (const img of posters) expect(img.getAttribute('crossorigin')).toBe('anonymous');
    await press('{End}');
    await press('{ArrowLeft}');
    const video = screen.getByTestId('ceremony-video');
    expect(video.getAttribute('crossorigin')).toBe('anonymous');
    expect(video.getAttribute('poster')).toBe('https://media.example/TH-0003.jpg');
  });
});

describe('Presenter view: in step with the audience window', () => {
  const sentStates = () =>
    FakeBroadcastChannel.sent.filter((m) => m.name === channelName(C) && (m.data as { type: string }).type === 'state').map((m) => m.data);

  it('tells the audience window each slide and language, answers its hello, and applies the keys it sends', async () => {
    vi.stubGlobal('fetch', stubFetch({}).fetchStub);
    renderPage(<CeremonyDeck deck={makeDeck()} />);
    expect(screen.getByTestId('audience-status').textContent).toMatch(/^Not open/);
    expect(sentStates().at(-1)).toEqual({ type: 'state', stepId: 'title', display: 'en', video: null });

    await press('{PageDown}');
    expect(sentStates().at(-1)).toMatchObject({ stepId: 'nominees:a1/' });
    await userEvent.click(screen.getByRole('button', { name: '日本語' }));
    expect(sentStates().at(-1)).toMatchObject({ stepId: 'nominees:a1/', display: 'ja' });

    // an audience window opens: the presenter says it is there and sends it where the deck stands
    const before = sentStates().length;
    FakeBroadcastChannel.deliver(channelName(C), { type: 'hello' });
    await waitFor(() => expect(screen.getByTestId('audience-status').textContent).toMatch(/^Open and following/));
    // the answer is sent by an effect after the status renders: on a busy machine, a moment later
    await waitFor(() => expect(sentStates().length).toBeGreaterThan(before));
    expect(sentStates().at(-1)).toMatchObject({ stepId: 'nominees:a1/', display: 'ja' });

    // a clicker pressed in the audience window moves the presenter's deck
    FakeBroadcastChannel.deliver(channelName(C), { type: 'move', move: 'next' });
    await waitFor(() => expect(screen.getByRole('region', { name: '受賞：グランプリ' })).toBeVisible());
    // anything else on the channel is ignored
    FakeBroadcastChannel.deliver(channelName(C), { type: 'move', move: 'explode' });
    FakeBroadcastChannel.deliver(channelName(C), 'hello');
    expect(screen.getByRole('region', { name: '受賞：グランプリ' })).toBeVisible();

    // the winner's video: muted here while the audience window plays the sound, and its play/pause is sent
    await press('{ArrowRight}');
    const video = screen.getByTestId<HTMLVideoElement>('ceremony-video');
    expect(video.muted).toBe(true);
    Object.defineProperty(video, 'paused', { value: false, configurable: true });
    video.currentTime = 3;
    video.dispatchEvent(new Event('play'));
    await waitFor(() => expect(sentStates().at(-1)).toMatchObject({ stepId: 'video:a1/:id-TH-0003', video: { playing: true, time: 3 } }));

    // a second hello (the audience window reloaded) is answered again
    const answered = sentStates().length;
    FakeBroadcastChannel.deliver(channelName(C), { type: 'hello' });
    await waitFor(() => expect(sentStates().length).toBeGreaterThan(answered));

    FakeBroadcastChannel.deliver(channelName(C), { type: 'goodbye', role: 'audience' });
    await waitFor(() => expect(screen.getByTestId('audience-status').textContent).toMatch(/^Not open/));
  });

  it('opens the audience window at its own address, named so that a second click brings the same window back', async () => {
    vi.stubGlobal('fetch', stubFetch({}).fetchStub);
    const open = vi.fn(() => ({ focus: vi.fn() }) as unknown as Window);
    vi.stubGlobal('open', open);
    renderPage(<CeremonyDeck deck={makeDeck()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open the audience window' }));
    await waitFor(() => expect(open).toHaveBeenCalledWith(`/ceremony/${C}/audience`, `clapper-ceremony-audience-${C}`, 'popup,width=1280,height=720'));
  });
});
