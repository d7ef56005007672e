import { useTranslation } from '../../../lib/use-translation';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { localize } from '../../../lib/localized-text';
import { certificateHref, useTeamResult, type TeamResult } from '../api/get-team-result';
import { formatScore2, nativeLanguageName, ordinal } from '../utils/format';
import './results.css';
import { methodText } from '../utils/method-text';

/**
 * The team's results in the entry workspace. Until publication it says only that the results are sealed (no
 * number at all); once published: ranks per round, the score with how it was computed, awards, the judges'
 * feedback (unnamed) and the certificates in each language.
 */
export function TeamResultsSection({ entryId, countryName }: { entryId: string; countryName?: (code: string) => string }) {
  const { t } = useTranslation();
  const result = useTeamResult(entryId);
  return (
    <section className="panel team-results" aria-labelledby="team-results-h">
      <h2 id="team-results-h">{t('results.team.title')}</h2>
      {result.isPending ? (
        <Loading />
      ) : result.isError ? (
        <ErrorNotice error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <TeamResultBody entryId={entryId} result={result.data} countryName={countryName ?? ((c) => c)} />
      )}
    </section>
  );
}

function TeamResultBody({ entryId, result, countryName }: { entryId: string; result: TeamResult; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  if (!result.published) return <p className="notice notice-info">{t('results.team.sealed')}</p>;
  const n = (x: number) => formatNumber(x, lng);
  const roundName = (kind: string, country: string | null) =>
    kind === 'final' ? t('results.round.final') : t('results.round.national', { country: country ? countryName(country) : '' });
  const feedbackKinds = [...new Set(result.feedback.map((f) => f.roundKind))];

  return (
    <div className="stack">
      {result.publishedAt ? <p className="muted small">{t('results.team.publishedAt', { when: formatDateTime(result.publishedAt, lng) })}</p> : null}
      {result.awards.length ? (
        <div>
          <h3>{t('results.team.awards')}</h3>
          <ul className="plain-list team-awards">
            {result.awards.map((a) => (
              <li key={`${a.awardId}-${a.place}`}>
                <span aria-hidden="true">🏆 </span>
                <strong>{localize(a.name, lng)}</strong> ·{' '}
                {a.forCountry
                  ? t('results.awards.placeInCountry', { place: ordinal(t, a.place, lng), country: countryName(a.forCountry) })
                  : ordinal(t, a.place, lng)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.rounds.length ? (
        <div>
          <h3>{t('results.team.ranks')}</h3>
          <ul className="plain-list">
            {result.rounds.map((r) => (
              <li key={r.roundId} className="subpanel">
                <h4>{roundName(r.kind, r.countryCode)}</h4>
                <dl className="facts">
                  <div>
                    <dt>{t('results.team.rank')}</dt>
                    <dd>{t('results.team.rankOf', { rank: ordinal(t, r.rank, lng), of: n(r.of) })}</dd>
                  </div>
                  <div>
                    <dt>{t('results.team.categoryRank')}</dt>
                    <dd>{t('results.team.rankOf', { rank: ordinal(t, r.categoryRank, lng), of: n(r.ofInCategory) })}</dd>
                  </div>
                  <div>
                    <dt>{t('results.team.score')}</dt>
                    <dd>
                      {r.score === null ? t('results.table.noScores') : t('results.team.scoreOf', { score: formatScore2(r.score, lng), judges: n(r.judges) })}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('results.team.method')}</dt>
                    <dd>{methodText(t, r.method, lng)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.feedback.length ? (
        <div>
          <h3>{t('results.team.feedback')}</h3>
          {feedbackKinds.map((kind) => (
            <div key={kind}>
              {feedbackKinds.length > 1 ? <h4>{kind === 'final' ? t('results.round.final') : t('results.round.nationalShort')}</h4> : null}
              <ul className="plain-list">
                {result.feedback
                  .filter((f) => f.roundKind === kind)
                  .map((f) => (
                    <li key={`${kind}-${f.judge}`} className="subpanel">
                      <p className="field-label">{t('results.team.judgeN', { n: f.judge })}</p>
                      <p className="prewrap">{f.text}</p>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
      {result.certificates.length ? (
        <div>
          <h3>{t('results.team.certificates')}</h3>
          <ul className="plain-list">
            {result.certificates.map((c) => {
              const label =
                c.kind === 'award' && c.awardName
                  ? t('results.team.awardCertificate', { name: localize(c.awardName, lng) })
                  : t('results.team.participationCertificate');
              return (
                <li key={`${c.kind}-${c.awardId ?? ''}`}>
                  <span className="field-label">{label}</span>{' '}
                  <span className="certificate-links">
                    {c.languages.map((l) => (
                      <a
                        key={l}
                        href={certificateHref(entryId, c, l)}
                        download
                        hrefLang={l}
                        lang={l}
                        aria-label={`${label}: ${nativeLanguageName(l)}`}
                        className="btn btn-secondary"
                      >
                        <span aria-hidden="true">⤓ </span>
                        {nativeLanguageName(l)}
                      </a>
                    ))}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
