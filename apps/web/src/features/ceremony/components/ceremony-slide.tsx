import type { TFunction } from '../../../lib/translator';
import { useTranslation } from '../../../lib/use-translation';
import { localize, localizeWithLanguage, type LocalizedText } from '../../../lib/localized-text';
import { formatList } from '../../../lib/format';
import { countryName } from '../../../lib/i18n-formats';
import type { CeremonyDeck as Deck, CeremonyEntry, CeremonyReveal } from '../api/get-ceremony';
import type { VideoState } from '../utils/channel';
import type { Step } from '../utils/steps';
import { CeremonyVideo } from './ceremony-video';
import './ceremony-qr.css';

/** The award's name, with the country for the best entry per country. */
export function revealName(reveal: CeremonyReveal, display: string): string {
  const name = localize(reveal.awardName, display);
  return reveal.countryCode ? `${name} — ${countryName(reveal.countryCode, display)}` : name;
}

/** An organiser's text in the ceremony's language; a fallback (English, else any) is marked with its own `lang`. */
function Local({ text, display }: { text: LocalizedText | null | undefined; display: string }) {
  const found = localizeWithLanguage(text, display);
  if (!found) return null;
  return found.language === display ? <>{found.text}</> : <span lang={found.language}>{found.text}</span>;
}

/** The award's name (and the country, for the best entry per country), each marked when it falls back. */
function RevealName({ reveal, display }: { reveal: CeremonyReveal; display: string }) {
  return (
    <>
      <Local text={reveal.awardName} display={display} />
      {reveal.countryCode ? (
        <>
          {' — '}
          {countryName(reveal.countryCode, display)}
        </>
      ) : null}
    </>
  );
}

/** A team's credits joined the way the ceremony's language does ("Ana, Budi and Chai", "Ana、Budi、Chai"). */
const creditsIn = (entry: CeremonyEntry, display: string) => (entry.creditNames.length ? formatList(entry.creditNames, display) : entry.credits);

/** What a slide is, in words: the name of its region, and of the presenter's "next" preview. */
export function slideLabel(t: TFunction, step: Step, deck: Deck, display: string): string {
  if (step.kind === 'title') return t('ceremony.slide.title', { name: localize(deck.competitionName, display) });
  if (step.kind === 'end') return t('ceremony.slide.end');
  return t(`ceremony.slide.${step.kind}`, { award: revealName(deck.reveals[step.reveal], display) });
}

/** How the video of a video slide behaves: the presenter's reports its state, the audience's follows it. */
export interface VideoBinding {
  muted?: boolean;
  onStateChange?: (state: VideoState) => void;
  follow?: VideoState | null;
}

/**
 * One slide, as the audience sees it. `preview` draws it small for the presenter's "next" panel: posters in place of
 * the video, nothing that plays or takes the focus.
 */
export function Slide({ step, deck, display, preview = false, video }: { step: Step; deck: Deck; display: string; preview?: boolean; video?: VideoBinding }) {
  // every word on a slide is in the ceremony's language, whatever the presenter's interface speaks
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(display);
  if (step.kind === 'title')
    return (
      <div className="ceremony-center">
        <p className="ceremony-kicker">{t('ceremony.kicker.ceremony')}</p>
        <h1 className="ceremony-title">
          <Local text={deck.competitionName} display={display} />
        </h1>
      </div>
    );
  if (step.kind === 'end')
    return (
      <div className="ceremony-center">
        <p className="ceremony-kicker">{t('ceremony.kicker.end')}</p>
        <h1 className="ceremony-title">{t('ceremony.thanks')}</h1>
      </div>
    );
  const reveal = deck.reveals[step.reveal];
  const name = <RevealName reveal={reveal} display={display} />;
  const description = localize(reveal.description, display) ? <Local text={reveal.description} display={display} /> : null;
  if (step.kind === 'nominees')
    return (
      <div className="ceremony-nominees">
        <p className="ceremony-kicker">{t('ceremony.kicker.nominees')}</p>
        <h1 className="ceremony-award">{name}</h1>
        {description ? <p className="ceremony-description">{description}</p> : null}
        <ul className="ceremony-cards">
          {reveal.nominees.map((e) => (
            <li key={e.entryId} className="ceremony-card" data-testid={preview ? undefined : 'nominee'}>
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
              <li key={w.entryId} className="ceremony-winner" data-testid={preview ? undefined : 'winner'}>
                {reveal.winners.length > 1 ? <p className="ceremony-place">{t('ceremony.place', { n: i + 1 })}</p> : null}
                <p className="ceremony-winner-title">{w.title || w.code}</p>
                <p className="ceremony-credits">{creditsIn(w, display)}</p>
                <p className="ceremony-meta">
                  {countryName(w.countryCode, display)} · <span className="ceremony-code">{w.code}</span>
                </p>
                {w.qrUrl && w.publicUrl && !preview ? <WinnerQr qrUrl={w.qrUrl} publicUrl={w.publicUrl} title={w.title || w.code} t={t} /> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="ceremony-description">{t('ceremony.noWinner')}</p>
        )}
      </div>
    );
  const winner = reveal.winners[step.winner];
  const title = winner.title || winner.code;
  return (
    <div className="ceremony-video-slide">
      <p className="ceremony-kicker">
        {name} · {title}
      </p>
      {preview ? (
        <div className="ceremony-poster ceremony-poster-preview">
          <Poster url={winner.posterUrl} />
        </div>
      ) : (
        <CeremonyVideo key={winner.entryId} entry={winner} display={display} title={title} {...video} />
      )}
    </div>
  );
}

/**
 * A poster, asked for in CORS mode like the video element's own poster (which the video's crossorigin attribute
 * makes a CORS request): the same presigned URL fetched once without CORS would sit in the browser's cache without
 * Access-Control-Allow-Origin, and the video's poster would then fail on that cached copy and stay black.
 */
function Poster({ url }: { url: string | null }) {
  return url ? <img src={url} alt="" loading="eager" crossOrigin="anonymous" data-testid="ceremony-poster" /> : <span aria-hidden="true">▶</span>;
}

/** The winner's showcase page as a QR code, big enough to scan across a room, with the address spelled out beside it. */
function WinnerQr({ qrUrl, publicUrl, title, t }: { qrUrl: string; publicUrl: string; title: string; t: TFunction }) {
  return (
    <figure className="ceremony-qr" data-testid="winner-qr">
      <img src={qrUrl} alt={t('winners.ceremony.qrAlt', { title })} width={240} height={240} />
      <figcaption>
        <span className="ceremony-qr-scan">{t('winners.ceremony.scan')}</span>
        <span className="ceremony-qr-url">{publicUrl.replace(/^https?:\/\//, '')}</span>
      </figcaption>
    </figure>
  );
}

function EntryCard({ entry, display }: { entry: CeremonyEntry; display: string }) {
  return (
    <>
      <div className="ceremony-poster">
        <Poster url={entry.posterUrl} />
      </div>
      <p className="ceremony-card-title">{entry.title || entry.code}</p>
      <p className="ceremony-card-meta">
        {countryName(entry.countryCode, display)} · <span className="ceremony-code">{entry.code}</span>
      </p>
      {entry.credits ? <p className="ceremony-card-credits">{creditsIn(entry, display)}</p> : null}
    </>
  );
}
