import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import { channelName } from '../utils/channel';
import { FakeBroadcastChannel } from '../test/fake-broadcast-channel';
import { C, makeDeck } from '../test/deck';
import { CeremonyAudience, IDLE_MS } from './audience-view';
import { CeremonyPresenter } from './presenter-view';

const region = () => screen.getByTestId('ceremony-slide');
const state = (stepId: string, o: { display?: string; video?: { playing: boolean; time: number } | null } = {}) => ({
  type: 'state',
  stepId,
  display: o.display ?? 'en',
  video: o.video ?? null,
});

beforeEach(() => {
  FakeBroadcastChannel.reset();
  vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);
  vi.stubGlobal('fetch', stubFetch({}).fetchStub);
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(() => Promise.resolve());
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
});

describe('Audience view', () => {
  it('shows the slide only: no buttons, no links, no Publish, no step counter', async () => {
    renderPage(<CeremonyAudience deck={makeDeck()} />);
    expect(region().getAttribute('aria-label')).toBe('Opening: ASEAN–Japan Video Competition 2027');
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.queryByText(/Publish/)).toBeNull();
    expect(screen.queryByTestId('ceremony-step')).toBeNull();
    expect(screen.queryByTestId('presenter-notes')).toBeNull();
    // even on the closing slide, which has the Publish button in the presenter's window
    await userEvent.keyboard('{End}');
    expect(region().getAttribute('aria-label')).toBe('Closing');
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByText(/Publish/)).toBeNull();
  });

  it('says hello when it opens and follows the presenter: slide, language, and the video playing or paused', async () => {
    renderPage(<CeremonyAudience deck={makeDeck()} />);
    expect(FakeBroadcastChannel.sent.map((m) => m.data)).toContainEqual({ type: 'hello' });
    act(() => FakeBroadcastChannel.deliver(channelName(C), state('winner:a1/', { display: 'ja' })));
    await waitFor(() => expect(region().getAttribute('aria-label')).toBe('受賞：グランプリ'));
    expect(region().textContent).toContain('タイ');

    act(() => FakeBroadcastChannel.deliver(channelName(C), state('video:a1/:id-TH-0003', { video: null })));
    await waitFor(() => expect(region().getAttribute('aria-label')).toBe('Video: Grand Prize'));
    const video = screen.getByTestId<HTMLVideoElement>('ceremony-video');
    // following: no controls of its own, no playing on arrival, the poster until the presenter plays
    expect(video.hasAttribute('controls')).toBe(false);
    expect(video.getAttribute('poster')).toBe('https://media.example/TH-0003.jpg');
    expect(HTMLMediaElement.prototype.play).not.toHaveBeenCalled();
    act(() => FakeBroadcastChannel.deliver(channelName(C), state('video:a1/:id-TH-0003', { video: { playing: true, time: 12 } })));
    await waitFor(() => expect(HTMLMediaElement.prototype.play).toHaveBeenCalledTimes(1));
    expect(video.currentTime).toBe(12);
    Object.defineProperty(video, 'paused', { value: false, configurable: true });
    act(() => FakeBroadcastChannel.deliver(channelName(C), state('video:a1/:id-TH-0003', { video: { playing: false, time: 12.4 } })));
    await waitFor(() => expect(HTMLMediaElement.prototype.pause).toHaveBeenCalledTimes(1));
  });

  it('sends a clicker’s keys to the presenter when there is one, and moves by itself when alone', async () => {
    renderPage(<CeremonyAudience deck={makeDeck()} />);
    // alone: the keys move this window's deck
    await userEvent.keyboard('{PageDown}');
    expect(region().getAttribute('aria-label')).toBe('Nominees: Grand Prize');
    // with a presenter: the keys go to it, and the slide is the presenter's to change
    act(() => FakeBroadcastChannel.deliver(channelName(C), state('nominees:a1/')));
    await userEvent.keyboard('{PageDown}');
    expect(FakeBroadcastChannel.sent.map((m) => m.data)).toContainEqual({ type: 'move', move: 'next' });
    expect(region().getAttribute('aria-label')).toBe('Nominees: Grand Prize');
    // the presenter's window closes: alone again, the keys move this window
    act(() => FakeBroadcastChannel.deliver(channelName(C), { type: 'goodbye', role: 'presenter' }));
    await userEvent.keyboard('{PageDown}');
    expect(region().getAttribute('aria-label')).toBe('Winner: Grand Prize');
  });

  it('hides the pointer and the hint after a moment without the mouse', () => {
    vi.useFakeTimers();
    try {
      renderPage(<CeremonyAudience deck={makeDeck()} />);
      const main = screen.getByTestId('ceremony-audience');
      expect(main.className).not.toContain('ceremony-idle');
      expect(screen.getByRole('note').textContent).toContain('full screen');
      act(() => {
        vi.advanceTimersByTime(IDLE_MS + 10);
      });
      expect(main.className).toContain('ceremony-idle');
      expect(screen.queryByRole('note')).toBeNull();
      act(() => {
        window.dispatchEvent(new MouseEvent('mousemove'));
      });
      expect(main.className).not.toContain('ceremony-idle');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Presenter and audience together (one fake channel)', () => {
  it('moves the audience window when the presenter advances', async () => {
    renderPage(
      <>
        <div data-testid="presenter">
          <CeremonyPresenter deck={makeDeck()} />
        </div>
      </>,
    );
    const audience = renderPage(<CeremonyAudience deck={makeDeck()} />);
    const audienceRegion = () => audience.getByTestId('ceremony-audience').querySelector('[data-testid="ceremony-slide"]')!;
    await waitFor(() => expect(screen.getByTestId('audience-status').textContent).toMatch(/^Open and following/));
    await userEvent.click(screen.getByTestId('ceremony-next'));
    await waitFor(() => expect(audienceRegion().getAttribute('aria-label')).toBe('Nominees: Grand Prize'));
    await userEvent.click(screen.getByTestId('ceremony-next'));
    await waitFor(() => expect(audienceRegion().getAttribute('aria-label')).toBe('Winner: Grand Prize'));
  });
});
