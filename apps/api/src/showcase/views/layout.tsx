import type { ReactNode } from 'react';
import { SHOWCASE_LANGUAGES, type Translator } from '../showcase-i18n.js';
import { showcasePaths, withQuery } from '../showcase-paths.js';
import { SHOWCASE_CSS, SHOWCASE_JS_VERSION } from './assets.js';

export interface PageHead {
  title: string;
  description: string;
  /** absolute canonical URL */
  canonical?: string;
  /** extra <meta>/<link> tags (Open Graph, Twitter) */
  meta?: ReactNode;
  /** the showcase script (the player's ladder, the copy buttons): the entry page, and an embed with a ladder */
  script?: boolean;
  noindex?: boolean;
}

/** The page's <html>: language, title, description, canonical link, inline critical CSS. */
export function Document({ t, head, bodyClass, children }: { t: Translator; head: PageHead; bodyClass?: string; children: ReactNode }) {
  return (
    <html lang={t.lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        {head.canonical ? <link rel="canonical" href={head.canonical} /> : null}
        {head.meta}
        <meta name="theme-color" content="#173f80" />
        <style dangerouslySetInnerHTML={{ __html: SHOWCASE_CSS }} />
        {head.script ? <script src={`${showcasePaths.script}?v=${SHOWCASE_JS_VERSION}`} defer /> : null}
      </head>
      <body className={bodyClass}>{children}</body>
    </html>
  );
}

/** The site bar (brand and language switcher), the main landmark and the footer around a page's content. */
export function Frame({
  t,
  here,
  hero,
  children,
}: {
  t: Translator;
  here: { path: string; query: Record<string, string | undefined> };
  hero: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <a className="skip" href="#main">
        {t.t('skip')}
      </a>
      <header className="bar">
        <div className="bar-inner">
          <a className="brand" href={showcasePaths.root}>
            Clapper <span>{t.t('brand')}</span>
          </a>
          <nav aria-label={t.t('languageSwitcher')}>
            {/* 14 languages, each named in its own script: a disclosure (no script needed, keyboard and reader friendly) */}
            <details className="langs">
              <summary>
                {t.t('languageSwitcher')}: <span lang={t.lang}>{t.languageName(t.lang)}</span>
              </summary>
              <ul>
                {SHOWCASE_LANGUAGES.map((lng) => (
                  <li key={lng}>
                    <a href={withQuery(here.path, { ...here.query, lang: lng })} lang={lng} hrefLang={lng} aria-current={lng === t.lang ? 'true' : undefined}>
                      {t.languageName(lng)}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          </nav>
        </div>
      </header>
      {/* the hero holds the page's h1: inside main, where the skip link leads */}
      <main id="main" className="page">
        <div className="hero">
          <div className="wrap">{hero}</div>
        </div>
        <div className="wrap">{children}</div>
      </main>
      <footer>
        <div className="wrap">
          <p>
            {t.t('footer.about')} <a href="/">{t.t('footer.home')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
