import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { localize } from '../../../lib/localized-text';
import type { CeremonyDeck as Deck } from '../api/get-ceremony';
import { useCeremonyChannel, type Move, type VideoState } from '../utils/channel';
import { toggleFullscreen, useDeckKeys, useDeckPosition } from '../utils/use-deck';
import { Slide, slideLabel } from './ceremony-slide';

/** After this long without the mouse moving, the pointer and the hint disappear from the projected screen. */
export const IDLE_MS = 2500;

/**
 * The audience's window, on the projector: the slides only (no controls, nothing to publish), following the
 * presenter's window (the slide, its language, the video playing or paused). A clicker's keys pressed here go to the
 * presenter; with no presenter window open, this window is a deck of its own.
 */
export function CeremonyAudience({ deck }: { deck: Deck }) {
  const { t } = useTranslation();
  const pos = useDeckPosition(deck);
  const { step, at, display, go, show, setDisplay, st } = pos;
  const [presenter, setPresenter] = useState(false);
  const [video, setVideo] = useState<VideoState | null>(null);
  const idle = useIdle(IDLE_MS);

  const channel = useCeremonyChannel(deck.competitionId, (m) => {
    // the presenter's window closed: this one goes on alone (its keys move it)
    if (m.type === 'goodbye' && m.role === 'presenter') setPresenter(false);
    if (m.type !== 'state') return;
    setPresenter(true);
    show(m.stepId);
    setDisplay(m.display);
    setVideo(m.video);
  });
  useEffect(() => {
    channel.post({ type: 'hello' });
    const bye = () => channel.post({ type: 'goodbye', role: 'audience' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
    };
  }, [channel]);

  const move = useCallback((m: Move) => (presenter ? channel.post({ type: 'move', move: m }) : go(m)), [presenter, channel, go]);
  useDeckKeys(move);

  const competitionName = localize(deck.competitionName, display);
  useEffect(() => {
    document.title = `${t('ceremony.title')} · ${competitionName}`;
  }, [t, competitionName]);

  return (
    <main className={`ceremony ceremony-audience${idle ? ' ceremony-idle' : ''}`} data-testid="ceremony-audience" onDoubleClick={toggleFullscreen}>
      <div className="ceremony-frame">
        <div
          key={at}
          className={`ceremony-slide ceremony-slide-${step.kind}`}
          role="region"
          aria-label={slideLabel(st, step, deck, display)}
          data-testid="ceremony-slide"
          data-kind={step.kind}
          lang={display}
        >
          <Slide step={step} deck={deck} display={display} video={{ follow: presenter ? video : undefined }} />
        </div>
      </div>
      {idle ? null : (
        <p className="ceremony-audience-hint" role="note">
          {t('ceremony.audience.hint')}
        </p>
      )}
    </main>
  );
}

/** True once the mouse has not moved for `ms` (and at first, after `ms`). */
function useIdle(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), ms);
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener('mousemove', wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('mousemove', wake);
    };
  }, [ms]);
  return idle;
}
