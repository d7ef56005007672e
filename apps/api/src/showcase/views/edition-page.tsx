import type { EditionFilter, EditionView } from '../showcase.service.js';
import type { Translator } from '../showcase-i18n.js';
import { showcasePaths } from '../showcase-paths.js';
import { Document, Frame } from './layout.js';
import { SharePanel } from './share-panel.js';
import { WorkCard, awardBadge, cardId } from './work-card.js';
import { LocalText } from './local-text.js';

export interface EditionUrls {
  /** absolute: the canonical address, shared and copied */
  page: string;
  /** absolute: the Grand Prize's poster, for link cards */
  ogImage: string | null;
}

/**
 * /showcase/:slug — the Grand Prize first (a large poster with its play button), then the other awards in ceremony
 * order (a work shown once, with all its awards), then the finalists who won nothing, which the filters narrow.
 */
export function EditionPage({ t, edition, filter, urls }: { t: Translator; edition: EditionView; filter: EditionFilter; urls: EditionUrls }) {
  const name = t.pick(edition.name);
  const theme = t.pick(edition.theme);
  const filtered = Boolean(filter.country || filter.category);
  const description = t.t('edition.description', { name, count: edition.total });
  const hero = edition.hero;
  const heroUrl = hero ? showcasePaths.entry(edition.slug, hero.work.code) : null;
  return (
    <Document
      t={t}
      head={{
        title: `${name} · ${t.t('brand')} · Clapper`,
        description,
        canonical: urls.page,
        script: true,
        meta: (
          <>
            <meta property="og:site_name" content="Clapper" />
            <meta property="og:type" content="website" />
            <meta property="og:title" content={name} />
            <meta property="og:description" content={description} />
            <meta property="og:url" content={urls.page} />
            {urls.ogImage && hero ? (
              <>
                <meta property="og:image" content={urls.ogImage} />
                <meta property="og:image:type" content="image/jpeg" />
                <meta property="og:image:width" content={String(hero.work.width)} />
                <meta property="og:image:height" content={String(hero.work.height)} />
                <meta property="og:image:alt" content={t.t('entry.posterAlt', { title: hero.work.title })} />
              </>
            ) : null}
            <meta name="twitter:card" content="summary_large_image" />
          </>
        ),
      }}
    >
      <Frame
        t={t}
        here={{ path: showcasePaths.edition(edition.slug), query: { country: filter.country, category: filter.category } }}
        hero={
          <>
            <p className="crumbs">
              <a href={showcasePaths.root}>{t.t('editions.title')}</a>
            </p>
            <h1>
              <LocalText t={t} text={edition.name} />
            </h1>
            {theme ? (
              <p>
                <LocalText t={t} text={edition.theme} />
              </p>
            ) : null}
            <p>{t.t('editions.published', { date: t.date(edition.publishedAt) })}</p>
          </>
        }
      >
        {hero && heroUrl ? (
          <section className="gp" aria-labelledby="gp-h">
            <a className="gp-media" href={heroUrl} aria-label={t.t('hero.play', { title: hero.work.title })}>
              {hero.work.hasPoster ? (
                <img
                  src={showcasePaths.poster(edition.slug, hero.work.code)}
                  alt=""
                  width={hero.work.width}
                  height={hero.work.height}
                  fetchPriority="high"
                  decoding="async"
                />
              ) : null}
              <span className="play" aria-hidden="true" />
            </a>
            <div className="gp-text">
              <p className="gp-award">{awardBadge(t, hero.award, hero.work.countryNames)}</p>
              <h2 id="gp-h">
                <a href={heroUrl}>{hero.work.title}</a>
              </h2>
              <p className="gp-meta">
                {t.t('entry.by', { names: t.list(hero.work.credits.names) })} · {t.countryName(hero.work.countryCode, hero.work.countryNames)}
              </p>
              {hero.work.awards.length > 1 ? (
                <ul className="badges" aria-label={t.t('entry.recognition')}>
                  {hero.work.awards
                    .filter((a) => a !== hero.award)
                    .map((a) => (
                      <li key={`${a.awardId}-${a.place}-${a.countryCode ?? ''}`} className="badge">
                        {awardBadge(t, a, hero.work.countryNames)}
                      </li>
                    ))}
                </ul>
              ) : null}
              <p>
                <a className="btn watch" href={heroUrl}>
                  <span aria-hidden="true">▶</span>
                  {t.t('hero.watch')}
                </a>
              </p>
            </div>
          </section>
        ) : null}

        {edition.awards.length > 0 || !hero ? (
          <section aria-labelledby="awards-h">
            <h2 id="awards-h">{hero ? t.t('edition.otherAwards') : t.t('edition.awards')}</h2>
            {edition.awards.length === 0 ? <p className="empty">{t.t('edition.noAwards')}</p> : null}
            {edition.awards.map((a) => (
              <section key={a.id} className="award" aria-labelledby={`award-${a.id}`}>
                <h3 id={`award-${a.id}`}>
                  <LocalText t={t} text={a.name} />
                </h3>
                {a.categoryName || t.pick(a.description) ? (
                  <p className="muted">
                    {a.categoryName ? <LocalText t={t} text={a.categoryName} /> : null}
                    {a.categoryName && t.pick(a.description) ? ' · ' : null}
                    {t.pick(a.description) ? <LocalText t={t} text={a.description} /> : null}
                  </p>
                ) : null}
                {a.shownAbove.length ? (
                  <p className="also">
                    {t.t('edition.shownAbove')}{' '}
                    {a.shownAbove.map((w, i) => (
                      <span key={w.work.code}>
                        {i > 0 ? ', ' : ''}
                        <a href={`#${w.work.code === hero?.work.code ? 'gp-h' : cardId(w.work.code)}`}>{w.work.title}</a>
                      </span>
                    ))}
                  </p>
                ) : null}
                {a.winners.length ? (
                  <ul className="grid">
                    {a.winners.map((w) => (
                      <WorkCard key={w.work.code} t={t} slug={edition.slug} work={w.work} level={4} />
                    ))}
                  </ul>
                ) : null}
              </section>
            ))}
          </section>
        ) : null}

        {/* every finalist won an award: the section would only say so */}
        {edition.otherFinalists > 0 || edition.total === 0 ? (
          <section aria-labelledby="finalists-h">
            <h2 id="finalists-h">{t.t('edition.finalists')}</h2>
            {edition.otherFinalists > 0 ? (
              <>
                <p className="muted">{t.t('edition.finalistsLead')}</p>
                <form
                  className="filters"
                  method="get"
                  action={`${showcasePaths.edition(edition.slug)}#finalists-h`}
                  role="search"
                  aria-label={t.t('filters.label')}
                >
                  <div className="field">
                    <label htmlFor="f-country">{t.t('filters.country')}</label>
                    <select id="f-country" name="country" defaultValue={filter.country ?? ''}>
                      <option value="">{t.t('filters.allCountries')}</option>
                      {t.countries(edition.countries.map((c) => c.code)).map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor="f-category">{t.t('filters.category')}</label>
                    <select id="f-category" name="category" defaultValue={filter.category ?? ''}>
                      <option value="">{t.t('filters.allCategories')}</option>
                      {edition.categories.map((c) => (
                        <option key={c.id} value={c.id}>
                          {t.pick(c.name)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button className="btn" type="submit">
                    {t.t('filters.apply')}
                  </button>
                  {filtered ? (
                    <a className="btn secondary" href={`${showcasePaths.edition(edition.slug)}#finalists-h`}>
                      {t.t('filters.clear')}
                    </a>
                  ) : null}
                </form>
                {edition.finalists.length === 0 ? (
                  <p className="empty">{t.t('edition.noMatch')}</p>
                ) : (
                  <ul className="grid">
                    {edition.finalists.map((w) => (
                      <WorkCard key={w.code} t={t} slug={edition.slug} work={w} />
                    ))}
                  </ul>
                )}
              </>
            ) : (
              <p className="empty">{t.t('edition.noFinalists')}</p>
            )}
          </section>
        ) : null}

        <SharePanel t={t} heading={t.t('share.editionHeading')} url={urls.page} title={name} linkLabel={t.t('share.editionLink')} />
      </Frame>
    </Document>
  );
}
