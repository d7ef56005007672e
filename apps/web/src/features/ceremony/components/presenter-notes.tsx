import { useTranslation } from '../../../lib/use-translation';
import { localize } from '../../../lib/localized-text';
import type { CeremonyDeck as Deck, CeremonyEntry } from '../api/get-ceremony';
import type { Step } from '../utils/steps';
import { revealName } from './ceremony-slide';
import { countryName } from '../../../lib/i18n-formats';

/**
 * What the presenter needs to say at this slide, seen by the presenter only: the award's description, the nominees,
 * and the winners' names as the teams chose to be credited (before they are on screen, to read them without a stumble),
 * with each entry's title, country, category and code.
 */
export function PresenterNotes({ step, deck, display, audience }: { step: Step; deck: Deck; display: string; audience: boolean }) {
  const { t } = useTranslation();
  if (step.kind === 'title')
    return (
      <div className="presenter-notes" data-testid="presenter-notes">
        <p>{t('ceremony.notes.welcome', { count: deck.reveals.length })}</p>
        {deck.publication.ceremonyAt ? <p>{t('ceremony.notes.ceremonyAt', { at: deck.publication.ceremonyAt })}</p> : null}
        <p className="presenter-muted">{t('ceremony.notes.keys')}</p>
      </div>
    );
  if (step.kind === 'end')
    return (
      <div className="presenter-notes" data-testid="presenter-notes">
        <p>{deck.publication.state === 'published' ? t('ceremony.notes.endPublished') : t('ceremony.notes.end')}</p>
      </div>
    );
  const reveal = deck.reveals[step.reveal];
  const description = localize(reveal.description, display);
  const entryNote = (e: CeremonyEntry) => (
    <li key={e.entryId} lang={display}>
      <strong>{e.title || e.code}</strong>
      {e.credits ? <span className="presenter-credits"> — {e.credits}</span> : null}
      <br />
      <span className="presenter-muted">{[countryName(e.countryCode, display), localize(e.categoryName, display), e.code].filter(Boolean).join(' · ')}</span>
    </li>
  );
  return (
    <div className="presenter-notes" data-testid="presenter-notes">
      <p className="presenter-award" lang={display}>
        {revealName(reveal, display)}
      </p>
      {description ? <p lang={display}>{description}</p> : null}
      {step.kind === 'nominees' ? (
        <>
          <p className="presenter-note-heading">{t('ceremony.notes.nominees', { count: reveal.nominees.length })}</p>
          <ul className="presenter-list">{reveal.nominees.map(entryNote)}</ul>
          <p className="presenter-note-heading">{t('ceremony.notes.comingWinner', { count: reveal.winners.length })}</p>
          {reveal.winners.length ? <ul className="presenter-list">{reveal.winners.map(entryNote)}</ul> : <p>{t('ceremony.noWinner')}</p>}
        </>
      ) : step.kind === 'winner' ? (
        <>
          <p className="presenter-note-heading">{t('ceremony.notes.winners', { count: reveal.winners.length })}</p>
          {reveal.winners.length ? <ol className="presenter-list">{reveal.winners.map(entryNote)}</ol> : <p>{t('ceremony.noWinner')}</p>}
        </>
      ) : (
        <>
          <p className="presenter-note-heading">{t('ceremony.notes.video')}</p>
          <ul className="presenter-list">{entryNote(reveal.winners[step.winner])}</ul>
          <p className="presenter-muted">{audience ? t('ceremony.notes.soundAudience') : t('ceremony.notes.soundHere')}</p>
        </>
      )}
    </div>
  );
}
