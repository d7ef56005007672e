import type { PublicWork } from '../showcase.service.js';
import type { Translator } from '../showcase-i18n.js';
import { showcasePaths } from '../showcase-paths.js';
import { LocalText } from './local-text.js';
import { Document, Frame } from './layout.js';
import { Player } from './player.js';
import { SharePanel } from './share-panel.js';
import { awardBadge } from './work-card.js';

export interface EntryUrls {
  page: string;
  embed: string;
  video: string;
  poster: string | null;
  /** the QR code of the page (SVG), relative */
  qr: string;
  /** per interface language, for hreflang alternates */
  alternates: { lang: string; href: string }[];
}

/** The size an embed should get: 16:9 for landscape, 9:16 for portrait (phones film portrait). */
export function embedSize(work: Pick<PublicWork, 'width' | 'height'>): { width: number; height: number } {
  return work.height > work.width ? { width: 315, height: 560 } : { width: 560, height: 315 };
}

export function embedCode(work: PublicWork, embedUrl: string): string {
  const { width, height } = embedSize(work);
  const title = work.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${embedUrl}" width="${width}" height="${height}" title="${title}" loading="lazy" allow="fullscreen; picture-in-picture" allowfullscreen style="border:0"></iframe>`;
}

/** Open Graph's locale for an interface language (language_TERRITORY). */
const OG_LOCALES: Record<string, string> = {
  en: 'en_US',
  ja: 'ja_JP',
  id: 'id_ID',
  ms: 'ms_MY',
  th: 'th_TH',
  vi: 'vi_VN',
  fil: 'fil_PH',
  km: 'km_KH',
  lo: 'lo_LA',
  my: 'my_MM',
  tet: 'tet_TL',
  pt: 'pt_PT',
  'zh-Hans': 'zh_CN',
  ta: 'ta_IN',
};
export const ogLocale = (lang: string) => OG_LOCALES[lang] ?? 'en_US';

const summary = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * The synopsis as the reader gets it: the team's own words in the video's language, and their English summary beside
 * them, except to a reader of the video's language; a work in English, its English once. Empty: no section at all.
 */
export function synopsisParagraphs(
  work: { videoLanguage: string; synopsisOriginal: string | null; synopsisEnglish: string | null },
  reader: string,
): { lang: string; text: string }[] {
  if (work.videoLanguage === 'en') {
    const text = work.synopsisEnglish || work.synopsisOriginal;
    return text ? [{ lang: 'en', text }] : [];
  }
  const out: { lang: string; text: string }[] = [];
  if (work.synopsisOriginal) out.push({ lang: work.videoLanguage, text: work.synopsisOriginal });
  if (work.synopsisEnglish && !(work.synopsisOriginal && work.videoLanguage === reader)) out.push({ lang: 'en', text: work.synopsisEnglish });
  return out;
}

/** /showcase/:slug/entries/:code — the work: player, captions, synopsis, credits as consented, share and embed. */
export function EntryPage({
  t,
  slug,
  editionName,
  work,
  urls,
}: {
  t: Translator;
  slug: string;
  editionName: Record<string, string>;
  work: PublicWork;
  urls: EntryUrls;
}) {
  const edition = t.pick(editionName);
  const country = t.countryName(work.countryCode, work.countryNames);
  const synopsis = synopsisParagraphs(work, t.lang);
  // a link preview in the page's language: the team's own synopsis where the reader reads its language, else its English
  const own = work.videoLanguage === t.lang ? work.synopsisOriginal : '';
  const description = summary(
    own || work.synopsisEnglish || work.synopsisOriginal || t.t('entry.fallbackDescription', { title: work.title, country, edition }),
  );
  const awards = work.awards.map((a) => awardBadge(t, a, work.countryNames));
  const names = t.list(work.credits.names);
  // the card a shared link shows: the poster, the title, the award and the country
  const card = t.t('entry.cardDescription', { facts: [...awards, country].join(' · '), edition });
  return (
    <Document
      t={t}
      head={{
        title: `${work.title} · ${edition} · Clapper`,
        description,
        canonical: urls.page,
        script: true,
        meta: (
          <>
            {urls.alternates.map((a) => (
              <link key={a.lang} rel="alternate" hrefLang={a.lang} href={a.href} />
            ))}
            <meta property="og:site_name" content="Clapper" />
            <meta property="og:type" content="video.other" />
            <meta property="og:title" content={work.title} />
            <meta property="og:description" content={card} />
            <meta property="og:url" content={urls.page} />
            <meta property="og:locale" content={ogLocale(t.lang)} />
            {urls.poster ? (
              <>
                <meta property="og:image" content={urls.poster} />
                <meta property="og:image:type" content="image/jpeg" />
                <meta property="og:image:width" content={String(work.width)} />
                <meta property="og:image:height" content={String(work.height)} />
                <meta property="og:image:alt" content={t.t('entry.posterAlt', { title: work.title })} />
              </>
            ) : null}
            <meta property="og:video" content={urls.video} />
            <meta property="og:video:type" content="video/mp4" />
            <meta property="og:video:width" content={String(work.width)} />
            <meta property="og:video:height" content={String(work.height)} />
            <meta name="twitter:card" content="summary_large_image" />
            <meta name="twitter:title" content={work.title} />
            <meta name="twitter:description" content={card} />
            {urls.poster ? <meta name="twitter:image" content={urls.poster} /> : null}
            {urls.poster ? <meta name="twitter:image:alt" content={t.t('entry.posterAlt', { title: work.title })} /> : null}
          </>
        ),
      }}
    >
      <Frame
        t={t}
        here={{ path: showcasePaths.entry(slug, work.code), query: {} }}
        hero={
          <>
            <p className="crumbs">
              <a href={showcasePaths.root}>{t.t('editions.title')}</a> ›{' '}
              <a href={showcasePaths.edition(slug)}>
                <LocalText t={t} text={editionName} />
              </a>
            </p>
            <h1>{work.title}</h1>
            <p>{t.t('entry.by', { names })}</p>
          </>
        }
      >
        <div className="entry">
          <div>
            <Player t={t} slug={slug} work={work} />
            <ul className="badges" aria-label={t.t('entry.recognition')} style={{ marginTop: '.9rem' }}>
              {awards.map((a) => (
                <li key={a} className="badge">
                  {a}
                </li>
              ))}
              {work.finalist ? <li className="badge finalist">{t.t('finalist')}</li> : null}
            </ul>
            {synopsis.length ? (
              <section className="synopsis" aria-labelledby="synopsis-h" style={{ marginTop: '1.25rem' }}>
                <h2 id="synopsis-h">{t.t('entry.synopsis')}</h2>
                {synopsis.map((p) => (
                  <p key={p.lang} lang={p.lang}>
                    {p.text}
                  </p>
                ))}
              </section>
            ) : null}
          </div>
          <div>
            <section className="panel" aria-labelledby="about-h">
              <h2 id="about-h">{t.t('entry.about')}</h2>
              <dl className="facts">
                <dt>{t.t('entry.madeBy')}</dt>
                <dd>{names}</dd>
                {work.credits.schools.length ? (
                  <>
                    <dt>{t.t('entry.school')}</dt>
                    <dd>{t.list(work.credits.schools)}</dd>
                  </>
                ) : null}
                <dt>{t.t('entry.country')}</dt>
                <dd>{country}</dd>
                <dt>{t.t('entry.category')}</dt>
                <dd>
                  <LocalText t={t} text={work.categoryName} />
                </dd>
                <dt>{t.t('entry.language')}</dt>
                <dd>{t.languageName(work.videoLanguage)}</dd>
                <dt>{t.t('entry.edition')}</dt>
                <dd>
                  <a href={showcasePaths.edition(slug)}>
                    <LocalText t={t} text={editionName} />
                  </a>
                </dd>
              </dl>
            </section>
            <section className="panel" aria-labelledby="captions-h">
              <h2 id="captions-h">{t.t('entry.captions')}</h2>
              {work.captions.length ? (
                <>
                  <p className="muted" style={{ margin: 0 }}>
                    {t.t('entry.captionsHelp')}
                  </p>
                  <ul className="caption-langs">
                    {work.captions.map((l) => (
                      <li key={l} lang={l}>
                        {t.languageName(l)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="muted" style={{ margin: 0 }}>
                  {t.t('entry.noCaptions')}
                </p>
              )}
            </section>
            <SharePanel t={t} heading={t.t('share.heading')} url={urls.page} title={work.title} linkLabel={t.t('share.link')}>
              <div className="field">
                <label htmlFor="embed-code">{t.t('share.embed')}</label>
                <textarea id="embed-code" readOnly rows={4} value={embedCode(work, urls.embed)} />
                <p className="muted" style={{ margin: 0, fontSize: '.9rem' }}>
                  {t.t('share.embedHelp')}
                </p>
                <div>
                  <button
                    className="btn secondary"
                    type="button"
                    data-copy="embed-code"
                    data-done={t.t('share.embedCopied')}
                    data-failed={t.t('share.copyFailed')}
                  >
                    {t.t('share.copyEmbed')}
                  </button>
                </div>
              </div>
              <figure className="qr">
                <img src={urls.qr} alt={t.t('share.qrAlt', { title: work.title })} width={168} height={168} loading="lazy" decoding="async" />
                <figcaption>
                  <strong>{t.t('share.qrHeading')}</strong> {t.t('share.qrHelp')}
                </figcaption>
              </figure>
            </SharePanel>
            <p className="licence muted">
              {t.t('entry.licence')}{' '}
              <a href="https://creativecommons.org/licenses/by-nc/4.0/" rel="license noopener">
                CC BY-NC 4.0
              </a>
            </p>
          </div>
        </div>
      </Frame>
    </Document>
  );
}
