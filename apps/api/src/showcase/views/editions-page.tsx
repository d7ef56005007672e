import type { EditionSummary } from '../showcase.service.js';
import type { Translator } from '../showcase-i18n.js';
import { showcasePaths } from '../showcase-paths.js';
import { LocalText } from './local-text.js';
import { Document, Frame } from './layout.js';
import { awardBadge } from './work-card.js';

/** /showcase: the published editions, newest first. */
export function EditionsPage({ t, editions, canonical }: { t: Translator; editions: EditionSummary[]; canonical: string }) {
  return (
    <Document t={t} head={{ title: `${t.t('editions.title')} · Clapper`, description: t.t('editions.lead'), canonical }}>
      <Frame
        t={t}
        here={{ path: showcasePaths.root, query: {} }}
        hero={
          <>
            <h1>{t.t('editions.title')}</h1>
            <p>{t.t('editions.lead')}</p>
          </>
        }
      >
        <section aria-labelledby="editions-h">
          <h2 id="editions-h">{t.t('editions.heading')}</h2>
          {editions.length === 0 ? (
            <p className="empty">{t.t('editions.empty')}</p>
          ) : (
            <ul className="grid editions">
              {editions.map((e) => (
                <li key={e.slug} className="card">
                  <div className="card-body">
                    <h2>
                      <a href={showcasePaths.edition(e.slug)}>
                        <LocalText t={t} text={e.name} />
                      </a>
                    </h2>
                    {t.pick(e.theme) ? (
                      <p className="meta">
                        <LocalText t={t} text={e.theme} />
                      </p>
                    ) : null}
                    <p className="meta">{t.t('editions.published', { date: t.date(e.publishedAt) })}</p>
                    <p className="meta">{t.t('editions.counts', { works: e.workCount, countries: e.countryCount })}</p>
                    {e.hero ? (
                      <p className="edition-hero">
                        <strong>{awardBadge(t, e.hero.award, e.hero.work.countryNames)}</strong>{' '}
                        {t.t('editions.heroWork', {
                          title: e.hero.work.title,
                          names: t.list(e.hero.work.credits.names),
                          country: t.countryName(e.hero.work.countryCode, e.hero.work.countryNames),
                        })}
                      </p>
                    ) : null}
                    <p className="edition-link" aria-hidden="true">
                      {t.t('editions.seeWinners')} →
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </Frame>
    </Document>
  );
}
