import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { errorMessage } from '../../../lib/error-message';
import type { CeremonyDeck as Deck, CeremonyEntry, CeremonyReveal } from '../api/get-ceremony';
import { usePublishResults } from '../../../api/publish-results';
import { buildSteps, keyToMove, type Step } from '../utils/steps';
import { localize } from '../../../lib/localized-text';
import { CeremonyVideo } from './ceremony-video';

/** Where keys belong to the control rather than the deck. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  // a clicker's PageUp/PageDown always move the deck; the video keeps its own keys
  if (tag === 'VIDEO') return key !== 'PageUp' && key !== 'PageDown';
  if ((tag === 'BUTTON' || tag === 'A') && (key === ' ' || key === 'Enter')) return true;
  return false;
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * The awards ceremony on the big screen: a title, then award by award the nominees, the winner(s) and their
 * videos, and last the step that publishes the results. Keys and clickers move through it; the step is kept when
 * the deck is fetched again for fresh media URLs.
 */
export function CeremonyDeck({ deck }: { deck: Deck }) {
  const { t, i18n } = useTranslation();
  const steps = useMemo(() => buildSteps(deck), [deck]);
  // the slide on screen, by id: a refetched deck with a slide more or less keeps it (see buildSteps)
  const [currentId, setCurrentId] = useState('title');
  const found = steps.findIndex((s) => s.id === currentId);
  const index = found === -1 ? 0 : found;
  const [display, setDisplay] = useState(() =>
    deck.languages.includes(i18n.language) ? i18n.language : deck.languages.includes('en') ? 'en' : (deck.languages[0] ?? 'en'),
  );
  const at = Math.min(index, steps.length - 1);
  const step = steps[at];
  const last = steps.length - 1;

  const go = useCallback(
    (move: 'next' | 'previous' | 'first' | 'last') => {
      const cur = Math.min(index, last);
      const to = move === 'next' ? Math.min(cur + 1, last) : move === 'previous' ? Math.max(cur - 1, 0) : move === 'first' ? 0 : last;
      setCurrentId(steps[to].id);
    },
    [index, last, steps],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const move = keyToMove(e.key);
      if (!move || ownsKey(e.target, e.key)) return;
      e.preventDefault();
      if (move === 'fullscreen') toggleFullscreen();
      else go(move);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  const competitionName = localize(deck.competitionName, display);
  useEffect(() => {
    document.title = `${t('ceremony.title')} · ${competitionName}`;
  }, [t, competitionName]);

  const reveal = 'reveal' in step ? deck.reveals[step.reveal] : undefined;
  const awardName = reveal ? revealName(reveal, display) : '';
  const slideLabel =
    step.kind === 'title'
      ? t('ceremony.slide.title', { name: competitionName })
      : step.kind === 'end'
        ? t('ceremony.slide.end')
        : t(`ceremony.slide.${step.kind}`, { award: awardName });

  return (
    // the deck is the page: its main landmark, with the slide as a named region and the controls after it
    <main className="ceremony" data-testid="ceremony">
      <div
        key={at}
        className={`ceremony-slide ceremony-slide-${step.kind}`}
        role="region"
        aria-label={slideLabel}
        data-testid="ceremony-slide"
        data-kind={step.kind}
        lang={display}
      >
        <Slide step={step} deck={deck} display={display} competitionName={competitionName} />
      </div>
      <div className="ceremony-controls" lang={i18n.language}>
        <button type="button" className="ceremony-btn" onClick={() => go('previous')} disabled={at === 0}>
          <span aria-hidden="true">‹ </span>
          {t('ceremony.controls.previous')}
        </button>
        <p className="ceremony-counter" aria-live="polite" aria-atomic="true" data-testid="ceremony-step">
          {t('ceremony.controls.step', { n: at + 1, total: steps.length })}
        </p>
        <button type="button" className="ceremony-btn" onClick={() => go('next')} disabled={at === last}>
          {t('ceremony.controls.next')}
          <span aria-hidden="true"> ›</span>
        </button>
        {deck.languages.length > 1 ? (
          <div className="ceremony-langs" role="group" aria-label={t('ceremony.controls.language')}>
            {deck.languages.map((l) => (
              <button key={l} type="button" className="ceremony-btn" aria-pressed={display === l} lang={l} onClick={() => setDisplay(l)}>
                {nativeName(l)}
              </button>
            ))}
          </div>
        ) : null}
        <button type="button" className="ceremony-btn" onClick={toggleFullscreen}>
          {t('ceremony.controls.fullscreen')}
        </button>
        <Link className="ceremony-btn ceremony-exit" to={paths.admin.awards(deck.competitionId)}>
          {t('ceremony.controls.exit')}
        </Link>
      </div>
    </main>
  );
}

function nativeName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The award's name, with the country for the best entry per country. */
function revealName(reveal: CeremonyReveal, display: string): string {
  const name = localize(reveal.awardName, display);
  return reveal.countryName ? `${name} — ${localize(reveal.countryName, display)}` : name;
}

function Slide({ step, deck, display, competitionName }: { step: Step; deck: Deck; display: string; competitionName: string }) {
  const { t } = useTranslation();
  if (step.kind === 'title')
    return (
      <div className="ceremony-center">
        <p className="ceremony-kicker">{t('ceremony.kicker.ceremony')}</p>
        <h1 className="ceremony-title">{competitionName}</h1>
      </div>
    );
  if (step.kind === 'end') return <EndSlide deck={deck} />;
  const reveal = deck.reveals[step.reveal];
  const name = revealName(reveal, display);
  const description = localize(reveal.description, display);
  if (step.kind === 'nominees')
    return (
      <div className="ceremony-nominees">
        <p className="ceremony-kicker">{t('ceremony.kicker.nominees')}</p>
        <h1 className="ceremony-award">{name}</h1>
        {description ? <p className="ceremony-description">{description}</p> : null}
        <ul className="ceremony-cards">
          {reveal.nominees.map((e) => (
            <li key={e.entryId} className="ceremony-card" data-testid="nominee">
              <EntryCard entry={e} display={display} />
            </li>
          ))}
        </ul>
      </div>
    );
  if (step.kind === 'winner')
    return (
      <div className="ceremony-center ceremony-winners">
        <p className="ceremony-kicker">{reveal.winners.length > 1 ? t('ceremony.kicker.winners') : t('ceremony.kicker.winner')}</p>
        <h1 className="ceremony-award">{name}</h1>
        {reveal.winners.length ? (
          <ol className="ceremony-winner-list">
            {reveal.winners.map((w, i) => (
              <li key={w.entryId} className="ceremony-winner" data-testid="winner">
                {reveal.winners.length > 1 ? <p className="ceremony-place">{t('ceremony.place', { n: i + 1 })}</p> : null}
                <p className="ceremony-winner-title">{w.title || w.code}</p>
                <p className="ceremony-credits">{w.credits}</p>
                <p className="ceremony-meta">
                  {localize(w.countryName, display)} · <span className="ceremony-code">{w.code}</span>
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="ceremony-description">{t('ceremony.noWinner')}</p>
        )}
      </div>
    );
  const winner = reveal.winners[step.winner];
  return (
    <div className="ceremony-video-slide">
      <p className="ceremony-kicker">
        {name} · {winner.title || winner.code}
      </p>
      <CeremonyVideo key={winner.entryId} entry={winner} display={display} title={winner.title || winner.code} />
    </div>
  );
}

function EntryCard({ entry, display }: { entry: CeremonyEntry; display: string }) {
  return (
    <>
      <div className="ceremony-poster">{entry.posterUrl ? <img src={entry.posterUrl} alt="" loading="eager" /> : <span aria-hidden="true">▶</span>}</div>
      <p className="ceremony-card-title">{entry.title || entry.code}</p>
      <p className="ceremony-card-meta">
        {localize(entry.countryName, display)} · <span className="ceremony-code">{entry.code}</span>
      </p>
      {entry.credits ? <p className="ceremony-card-credits">{entry.credits}</p> : null}
    </>
  );
}

function EndSlide({ deck }: { deck: Deck }) {
  const { t } = useTranslation();
  const publish = usePublishResults(deck.competitionId);
  const published = deck.publication.state === 'published' || publish.isSuccess;
  return (
    <div className="ceremony-center">
      <p className="ceremony-kicker">{t('ceremony.kicker.end')}</p>
      <h1 className="ceremony-title">{t('ceremony.thanks')}</h1>
      {published ? (
        <p className="ceremony-published" role="status">
          <span aria-hidden="true">✓ </span>
          {t('ceremony.published')}
        </p>
      ) : (
        <button
          type="button"
          className="ceremony-btn ceremony-publish"
          onClick={() => publish.mutate()}
          disabled={publish.isPending}
          aria-busy={publish.isPending || undefined}
        >
          {publish.isPending ? t('ceremony.publishing') : t('ceremony.publish')}
        </button>
      )}
      {publish.isError ? (
        <p className="ceremony-error" role="alert">
          {errorMessage(t, publish.error)}
        </p>
      ) : null}
    </div>
  );
}
