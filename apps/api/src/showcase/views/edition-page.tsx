import type { EditionFilter, EditionView } from '../showcase.service.js';
import type { Translator } from '../showcase-i18n.js';
import { showcasePaths } from '../showcase-paths.js';
import { Document, Frame } from './layout.js';
import { WorkCard, awardBadge } from './work-card.js';

/** /showcase/:slug — the awards in ceremony order with their winners, then the finalists, filtered on the server. */
export function EditionPage({
  t,
  edition,
  filter,
  canonical,
  ogImage,
}: {
  t: Translator;
  edition: EditionView;
  filter: EditionFilter;
  canonical: string;
  ogImage: string | null;
}) {
  const name = t.pick(edition.name);
  const theme = t.pick(edition.theme);
  const filtered = Boolean(filter.country || filter.category);
  const description = t.t('edition.description', { name, count: edition.total });
  return (
    <Document
      t={t}
      head={{
        title: `${name} · ${t.t('brand')} · Clapper`,
        description,
        canonical,
        meta: (
          <>
            <meta property="og:type" content="website" />
            <meta property="og:title" content={name} />
            <meta property="og:description" content={description} />
            <meta property="og:url" content={canonical} />
            {ogImage ? <meta property="og:image" content={ogImage} /> : null}
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
            <h1>{name}</h1>
            {theme ? <p>{theme}</p> : null}
            <p>{t.t('editions.published', { date: t.date(edition.publishedAt) })}</p>
          </>
        }
      >
        <form className="filters" method="get" action={showcasePaths.edition(edition.slug)} role="search" aria-label={t.t('filters.label')}>
          <div className="field">
            <label htmlFor="f-country">{t.t('filters.country')}</label>
            <select id="f-country" name="country" defaultValue={filter.country ?? ''}>
              <option value="">{t.t('filters.allCountries')}</option>
              {edition.countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {t.countryName(c.code, c.names)}
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
            <a className="btn secondary" href={showcasePaths.edition(edition.slug)}>
              {t.t('filters.clear')}
            </a>
          ) : null}
        </form>

        <section aria-labelledby="awards-h">
          <h2 id="awards-h">{t.t('edition.awards')}</h2>
          {edition.awards.length === 0 ? <p className="empty">{filtered ? t.t('edition.noMatch') : t.t('edition.noAwards')}</p> : null}
          {edition.awards.map((a) => (
            <section key={a.id} className="award" aria-labelledby={`award-${a.id}`}>
              <h3 id={`award-${a.id}`}>{t.pick(a.name)}</h3>
              {a.categoryName || t.pick(a.description) ? (
                <p className="muted">{[a.categoryName ? t.pick(a.categoryName) : '', t.pick(a.description)].filter(Boolean).join(' · ')}</p>
              ) : null}
              <ul className="grid">
                {a.winners.map((w) => (
                  <WorkCard
                    key={`${a.id}-${w.work.code}`}
                    t={t}
                    slug={edition.slug}
                    work={w.work}
                    level={4}
                    badge={awardBadge(t, { name: a.name, place: w.place, places: a.places, countryCode: w.countryCode }, w.work.countryNames)}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>

        <section aria-labelledby="finalists-h">
          <h2 id="finalists-h">{t.t('edition.finalists')}</h2>
          {edition.finalists.length === 0 ? (
            <p className="empty">{filtered ? t.t('edition.noMatch') : t.t('edition.noFinalists')}</p>
          ) : (
            <ul className="grid">
              {edition.finalists.map((w) => (
                <WorkCard key={w.code} t={t} slug={edition.slug} work={w} />
              ))}
            </ul>
          )}
        </section>
      </Frame>
    </Document>
  );
}
