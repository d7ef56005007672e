import { useTranslation } from '../../../lib/use-translation';
import { localize } from '../../../lib/localized-text';
import { useCompetitions, type CompetitionSummary } from '../../../api/get-competitions';
import './finished-edition.css';

type Results = NonNullable<CompetitionSummary['results']>;

/**
 * A finished edition: when its results were published, its Grand Prize (title, the team's public credits, country)
 * and the way to the winners (the showcase's edition page: a server-rendered page, so a plain link). Nothing while the
 * results are not public. `name` heads it where several editions are listed (the landing page).
 */
export function FinishedEdition({ results, name, headingLevel = 2 }: { results: Results | null | undefined; name?: string; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  if (!results) return null;
  const lng = i18n.language;
  const gp = results.grandPrize;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `results-${results.showcaseUrl.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <section className="panel finished-edition" aria-labelledby={headingId}>
      {gp?.posterUrl ? (
        <a className="finished-poster" href={gp.url} tabIndex={-1} aria-hidden="true">
          <img src={gp.posterUrl} alt="" width={320} height={180} loading="lazy" decoding="async" />
        </a>
      ) : null}
      <div className="finished-text">
        <Heading id={headingId}>{name ?? t('winners.banner.title')}</Heading>
        <p>{t('winners.banner.published', { on: results.publishedAt })}</p>
        {gp ? (
          <p className="finished-gp">
            <strong>{localize(gp.awardName, lng)}</strong> {t('winners.banner.work', { title: gp.title, names: gp.credits, country: gp.countryCode })}
          </p>
        ) : null}
        <p className="finished-actions">
          {/* the showcase is server-rendered by the API: a full page load, not a client route */}
          <a className="btn btn-primary" href={results.showcaseUrl}>
            {t('winners.banner.seeWinners')}
          </a>
          {gp ? (
            <a className="btn btn-secondary" href={gp.url}>
              {t('winners.banner.watch')}
            </a>
          ) : null}
        </p>
      </div>
    </section>
  );
}

/** The landing page's finished editions: each with its Grand Prize and the way to its winners; nothing when there are none. */
export function FinishedEditions() {
  const { t, i18n } = useTranslation();
  const list = useCompetitions();
  const finished = (list.data ?? []).filter((c) => c.status === 'published' && c.results);
  if (!finished.length) return null;
  return (
    <section className="page finished-editions" aria-labelledby="finished-h">
      <h2 id="finished-h">{t('winners.landing.title')}</h2>
      <p className="lead">{t('winners.landing.lead')}</p>
      {finished.map((c) => (
        <FinishedEdition key={c.id} results={c.results} name={localize(c.name, i18n.language)} headingLevel={3} />
      ))}
    </section>
  );
}
