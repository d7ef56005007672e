import { useCallback, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { localize } from '../../../lib/localized-text';
import type { CeremonyDeck as Deck } from '../api/get-ceremony';
import { useCeremonyChannel, type Move, type VideoState } from '../utils/channel';
import { toggleFullscreen, useDeckKeys, useDeckPosition } from '../utils/use-deck';
import { openAudienceWindow } from '../utils/audience-window';
import { Slide, slideLabel } from './ceremony-slide';
import { PresenterClock } from './presenter-clock';
import { PresenterNotes } from './presenter-notes';
import { PublishControl } from './publish-control';
import { useSetCeremonyLanguage } from '../api/set-ceremony-language';
import { autonym } from '../../../lib/format';

/**
 * Ceremony mode, in the organiser's window: the slide on screen, the next one, the notes for this slide, a clock, and
 * the controls (next or reveal, previous, language, the audience window, publishing). The audience window (a second
 * window the organiser drags to the projector) shows the slides only and follows this one; without it, this window
 * is the deck (full screen with F).
 */
export function CeremonyPresenter({ deck }: { deck: Deck }) {
  const { t, i18n } = useTranslation();
  const pos = useDeckPosition(deck);
  const { step, next, at, last, go, display, st } = pos;
  // the language chosen is kept on the competition: an audience window opened later starts in it
  const saveLanguage = useSetCeremonyLanguage(deck.competitionId);
  const chooseLanguage = (language: string) => {
    pos.setDisplay(language);
    saveLanguage.mutate(language);
  };
  const [audience, setAudience] = useState(false);
  // each hello (a new audience window, or one reloaded) is answered with the whole state
  const [hellos, setHellos] = useState(0);
  // the video's state belongs to the slide it was reported on
  const [video, setVideo] = useState<{ stepId: string; state: VideoState } | null>(null);
  const videoState = video?.stepId === step.id ? video.state : null;
  const notesId = useId();
  const nextId = useId();
  const audienceId = useId();

  const channel = useCeremonyChannel(deck.competitionId, (m) => {
    if (m.type === 'hello') {
      setAudience(true);
      setHellos((n) => n + 1);
    } else if (m.type === 'goodbye' && m.role === 'audience') setAudience(false);
    else if (m.type === 'move') go(m.move);
  });
  // every change (and every audience window that says hello) gets the whole state
  useEffect(() => {
    channel.post({ type: 'state', stepId: step.id, display, video: videoState });
  }, [channel, step.id, display, videoState, hellos]);
  // closing this window leaves the audience window to go on alone
  useEffect(() => {
    const bye = () => channel.post({ type: 'goodbye', role: 'presenter' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
    };
  }, [channel]);

  const move = useCallback((m: Move) => go(m), [go]);
  useDeckKeys(move);

  const competitionName = localize(deck.competitionName, display);
  useEffect(() => {
    document.title = `${t('ceremony.presenter.title')} · ${competitionName}`;
  }, [t, competitionName]);

  const label = slideLabel(st, step, deck, display);
  const reveals = step.kind === 'nominees';

  return (
    <main className="ceremony ceremony-presenter" data-testid="ceremony" lang={i18n.language}>
      <header className="presenter-bar">
        <p className="presenter-title">
          <span className="presenter-mode">{t('ceremony.presenter.title')}</span> <span lang={display}>{competitionName}</span>
        </p>
        <p className="ceremony-counter" aria-live="polite" aria-atomic="true" data-testid="ceremony-step">
          {t('ceremony.controls.step', { n: at + 1, total: last + 1 })}
        </p>
        <PresenterClock />
      </header>

      <div className="presenter-body">
        <div className="presenter-stage">
          <div className="ceremony-frame">
            <div
              key={at}
              className={`ceremony-slide ceremony-slide-${step.kind}`}
              role="region"
              aria-label={label}
              data-testid="ceremony-slide"
              data-kind={step.kind}
              lang={display}
            >
              <Slide step={step} deck={deck} display={display} video={{ muted: audience, onStateChange: (state) => setVideo({ stepId: step.id, state }) }} />
            </div>
          </div>
        </div>

        <nav className="ceremony-controls presenter-controls" aria-label={t('ceremony.controls.label')}>
          <button type="button" className="ceremony-btn" onClick={() => go('previous')} disabled={at === 0}>
            <span aria-hidden="true">‹ </span>
            {t('ceremony.controls.previous')}
          </button>
          <button type="button" className="ceremony-btn ceremony-next" onClick={() => go('next')} disabled={at === last} data-testid="ceremony-next">
            {reveals ? t('ceremony.controls.reveal') : t('ceremony.controls.next')}
            <span aria-hidden="true"> ›</span>
          </button>
          {deck.languages.length > 1 ? (
            <div className="ceremony-langs" role="group" aria-label={t('ceremony.controls.language')}>
              {deck.languages.map((l) => (
                <button key={l} type="button" className="ceremony-btn" aria-pressed={display === l} lang={l} onClick={() => chooseLanguage(l)}>
                  {nativeName(l)}
                </button>
              ))}
              {saveLanguage.isError ? (
                <span className="ceremony-error" role="alert">
                  {t('contentLanguages.ceremony.saveFailed')}
                </span>
              ) : null}
            </div>
          ) : null}
          <button type="button" className="ceremony-btn" onClick={toggleFullscreen}>
            {t('ceremony.controls.fullscreen')}
          </button>
          <Link className="ceremony-btn ceremony-exit" to={paths.admin.awards(deck.competitionId)}>
            {t('ceremony.controls.exit')}
          </Link>
        </nav>

        <aside className="presenter-side" aria-label={t('ceremony.presenter.side')}>
          <section className="presenter-panel" aria-labelledby={nextId}>
            <h2 id={nextId} className="presenter-heading">
              {t('ceremony.presenter.next')}
            </h2>
            {next ? (
              <>
                <p className="presenter-next-label" data-testid="ceremony-next-label">
                  {slideLabel(st, next, deck, display)}
                </p>
                {/* a picture of the next slide: its words are in the label above */}
                <div className="ceremony-frame presenter-preview" aria-hidden="true" inert>
                  <div className={`ceremony-slide ceremony-slide-${next.kind}`} lang={display}>
                    <Slide step={next} deck={deck} display={display} preview />
                  </div>
                </div>
              </>
            ) : (
              <p className="presenter-muted" data-testid="ceremony-next-label">
                {t('ceremony.presenter.lastSlide')}
              </p>
            )}
          </section>

          <section className="presenter-panel" aria-labelledby={notesId}>
            <h2 id={notesId} className="presenter-heading">
              {t('ceremony.presenter.notes')}
            </h2>
            <PresenterNotes step={step} deck={deck} display={display} audience={audience} />
          </section>

          <section className="presenter-panel" aria-labelledby={audienceId}>
            <h2 id={audienceId} className="presenter-heading">
              {t('ceremony.audience.heading')}
            </h2>
            <p className="presenter-muted" role="status" data-testid="audience-status">
              {audience ? t('ceremony.audience.connected') : t('ceremony.audience.none')}
            </p>
            <button type="button" className="ceremony-btn" onClick={() => void openAudienceWindow(deck.competitionId)}>
              {t('ceremony.audience.open')}
            </button>
          </section>

          <PublishControl deck={deck} />
        </aside>
      </div>
    </main>
  );
}

function nativeName(code: string): string {
  return autonym(code);
}
