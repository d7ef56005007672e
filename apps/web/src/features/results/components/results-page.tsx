import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useCompetition } from '../../../api/get-competition';
import { useCountryNames } from '../../../api/get-countries';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { localize } from '../../../lib/localized-text';
import { useAwards } from '../api/get-awards';
import { useCompetitionRounds, type ResultsRound } from '../api/get-competition-rounds';
import { ResultsView } from './results-view';
import './results.css';

/** /admin/competitions/:id/results: a round's results (the final first) with their options, ties and decisions. */
export function ResultsPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const competition = useCompetition(id);
  const rounds = useCompetitionRounds(id);
  const awards = useAwards(id);
  const { nameOf: countryName } = useCountryNames();
  const name = competition.data ? localize(competition.data.name, i18n.language) : '';
  const title = name ? t('results.page.titleOf', { competition: name }) : t('results.page.title');
  const actions = (
    <>
      <Link className="btn btn-primary" to={paths.admin.awards(id)}>
        {t('results.links.awards')}
      </Link>
      <Link className="btn btn-secondary" to={paths.admin.competition(id)}>
        {t('results.links.competition')}
      </Link>
    </>
  );

  if (competition.isPending || rounds.isPending)
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  if (competition.isError || rounds.isError)
    return (
      <Page title={title} actions={actions}>
        <ErrorNotice error={competition.error ?? rounds.error} onRetry={() => void (competition.refetch(), rounds.refetch())} />
      </Page>
    );

  const list = rounds.data;
  const chosen = list.find((r) => r.id === search.get('round')) ?? list[0];
  const roundLabel = (r: ResultsRound) =>
    r.kind === 'final' ? t('results.round.final') : t('results.round.national', { country: countryName(r.countryCode) });
  const state = awards.data?.publication.state;

  return (
    <Page title={title} actions={actions}>
      {state && state !== 'open' ? <p className="notice notice-info">{t(`results.page.locked.${state}`)}</p> : null}
      {chosen ? (
        <>
          <div className="field field-inline round-picker">
            <label className="field-label" htmlFor="results-round">
              {t('results.round.label')}
            </label>
            <select id="results-round" value={chosen.id} onChange={(e) => setSearch({ round: e.target.value }, { replace: true })}>
              {list.map((r) => (
                <option key={r.id} value={r.id}>
                  {roundLabel(r)}
                </option>
              ))}
            </select>
          </div>
          <h2>{roundLabel(chosen)}</h2>
          <ResultsView key={chosen.id} round={chosen} competition={competition.data} countryName={countryName} locked={Boolean(state && state !== 'open')} />
        </>
      ) : (
        <EmptyState>{t('results.round.none')}</EmptyState>
      )}
    </Page>
  );
}
