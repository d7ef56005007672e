import { useTranslation } from '../../../lib/use-translation';
import { formatDate, formatDateTime, formatDuration, formatFileSize, formatList, formatNumber, sortedCountries } from '../../../lib/format';
import { languageName } from '../../../lib/i18n-formats';
import { localize, localizeWithLanguage } from '../../../lib/localized-text';
import { nameGivesAges } from '../../../lib/category-label';
import { containerName } from '../../../lib/video-formats';
import { viewerTimeZone } from '../../../lib/datetime-local';
import type { Competition } from '../../../api/get-competition';
import { PhaseBadge, StatusBadge } from './phase-badge';
import { FinishedEdition } from './finished-edition';

export interface CompetitionDetailProps {
  competition: Competition;
  /** the country's name in the current language */
  countryName: (code: string) => string;
}

export function CompetitionDetail({ competition: c, countryName }: CompetitionDetailProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  // each text in the reader's language or its fallback, marked with the language it is in (for screen readers)
  const theme = localizeWithLanguage(c.theme, lng);
  const rulesText = localizeWithLanguage(c.rulesText, lng);
  const milestones = [
    ['submissionOpensAt', c.timeline.submissionOpensAt],
    ['submissionClosesAt', c.timeline.submissionClosesAt],
    ['judgingOpensAt', c.timeline.judgingOpensAt],
    ['judgingClosesAt', c.timeline.judgingClosesAt],
    ['ceremonyAt', c.timeline.ceremonyAt],
  ] as const;
  const r = c.rules;
  const list = (items: string[]) => formatList(items, lng);
  const countries = sortedCountries(c.countryCodes, lng).map(({ code }) => ({ code, name: countryName(code) }));
  return (
    <div className="detail">
      <div className="detail-badges">
        <PhaseBadge phase={c.submissionPhase} resultsPublished={Boolean(c.results)} />
        {c.status !== 'published' ? <StatusBadge status={c.status} /> : null}
      </div>
      <FinishedEdition results={c.results} />
      {theme ? (
        <p className="detail-theme">
          <span className="muted">{t('competitions.theme')}: </span>
          <span lang={theme.language}>{theme.text}</span>
        </p>
      ) : null}

      <section className="panel" aria-labelledby="timeline-h">
        <h2 id="timeline-h">{t('competitions.timeline.title')}</h2>
        <p className="muted small">{t('common.timesShownIn', { zone: viewerTimeZone() })}</p>
        <ol className="timeline">
          {milestones
            .filter(([, at]) => Boolean(at))
            .map(([key, at]) => (
              <li key={key}>
                <span className="timeline-label">{t(`competitions.timeline.${key}`)}</span>
                <time dateTime={at!}>{formatDateTime(at, lng)}</time>
              </li>
            ))}
        </ol>
        <p className="small">{t('competitions.referenceDateExplained', { date: formatDate(c.referenceDate, lng) })}</p>
      </section>

      <section className="panel" aria-labelledby="categories-h">
        <h2 id="categories-h">{t('competitions.categories')}</h2>
        {c.categories.length ? (
          <ul className="plain-list">
            {[...c.categories]
              .sort((a, b) => a.position - b.position)
              .map((cat) => (
                <li key={cat.id}>
                  <CategoryName name={cat.name} lng={lng} />
                  {/* the ages, unless the name gives them already ("Ages 7–12") */}
                  {nameGivesAges({ name: localize(cat.name, lng), minAge: cat.minAge, maxAge: cat.maxAge }) ? null : (
                    <>
                      {' '}
                      <span className="muted">{t('competitions.ageRange', { min: formatNumber(cat.minAge, lng), max: formatNumber(cat.maxAge, lng) })}</span>
                    </>
                  )}
                </li>
              ))}
          </ul>
        ) : (
          <p className="empty">{t('competitions.noCategories')}</p>
        )}
      </section>

      {rulesText ? (
        <section className="panel" aria-labelledby="rules-brief-h">
          <h2 id="rules-brief-h">{t('competitions.rulesInBrief')}</h2>
          <p lang={rulesText.language} style={{ whiteSpace: 'pre-line' }}>
            {rulesText.text}
          </p>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="rules-h">
        <h2 id="rules-h">{t('competitions.rules.title')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('competitions.rules.duration')}</dt>
            <dd>{t('competitions.rules.durationRange', { min: formatDuration(r.minDurationSeconds, lng), max: formatDuration(r.maxDurationSeconds, lng) })}</dd>
          </div>
          <div>
            <dt>{t('competitions.rules.maxFileSize')}</dt>
            <dd>{formatFileSize(r.maxFileSizeBytes, lng)}</dd>
          </div>
          <div>
            <dt>{t('competitions.rules.formats')}</dt>
            <dd>{list(r.acceptedContainers.map(containerName))}</dd>
          </div>
          <div>
            <dt>{t('competitions.rules.codecs')}</dt>
            <dd>{list(r.acceptedVideoCodecs.map((x) => t(`codecs.${x}`)))}</dd>
          </div>
          <div>
            <dt>{t('competitions.rules.teamSize')}</dt>
            <dd>{t('competitions.rules.teamSizeRange', { min: formatNumber(r.teamSizeMin, lng), max: formatNumber(r.teamSizeMax, lng) })}</dd>
          </div>
          <div>
            <dt>{t('competitions.rules.entriesPerSchool')}</dt>
            <dd>{formatNumber(r.entriesPerSchool, lng)}</dd>
          </div>
          <div>
            <dt>{t('competitions.rules.subtitles')}</dt>
            <dd>
              {r.requiredSubtitleLanguages.length
                ? list(r.requiredSubtitleLanguages.map((code) => languageName(code, lng)))
                : t('competitions.rules.noSubtitles')}
            </dd>
          </div>
          <div>
            <dt>{t('competitions.rules.consents')}</dt>
            <dd>{r.requiredConsents.length ? list(r.requiredConsents.map((k) => t(`consents.${k}`))) : t('common.none')}</dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-labelledby="countries-h">
        <h2 id="countries-h">
          {t('competitions.participatingCountries')} <span className="muted">({formatNumber(countries.length, lng)})</span>
        </h2>
        <ul className="chips">
          {countries.map((x) => (
            <li key={x.code} className="chip">
              {x.name}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function CategoryName({ name, lng }: { name: Competition['categories'][number]['name']; lng: string }) {
  const shown = localizeWithLanguage(name, lng);
  return <strong lang={shown?.language}>{shown?.text ?? ''}</strong>;
}
