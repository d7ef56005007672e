import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useCompetition } from '../../../api/get-competition';
import { useCountryNames } from '../../../api/get-countries';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import { localize } from '../../../lib/localized-text';
import { useAssignAwards } from '../api/assign-awards';
import { useAwards } from '../api/get-awards';
import { useCompetitionRounds } from '../api/get-competition-rounds';
import { useRoundResults } from '../api/get-round-results';
import { AwardCard } from './award-card';
import { AwardForm } from './award-form';
import { PublicationPanel } from './publication-panel';
import './results.css';
import { errorMessage } from '../../../lib/error-message';
import { useCurrentError } from '../../../lib/use-current-error';

/** /admin/competitions/:id/awards: the publication of the results, the awards and their winners. */
export function AwardsPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const competition = useCompetition(id);
  const overview = useAwards(id);
  const rounds = useCompetitionRounds(id);
  const finalId = overview.data?.publication.finalRoundId ?? '';
  const finalResults = useRoundResults(finalId);
  const assign = useAssignAwards(id);
  const { nameOf: countryName } = useCountryNames();
  const [adding, setAdding] = useState(false);
  const [assigned, setAssigned] = useState(false);
  // a refusal to assign goes once the awards have changed since (winners chosen by hand, a final closed, a retry)
  const assignError = useCurrentError(assign.error, overview.data);
  const name = competition.data ? localize(competition.data.name, lng) : '';
  const title = name ? t('results.awards.titleOf', { competition: name }) : t('results.awards.title');
  const actions = (
    <>
      <Link className="btn btn-secondary" to={paths.admin.results(id)}>
        {t('results.links.results')}
      </Link>
      <Link className="btn btn-secondary" to={paths.admin.competition(id)}>
        {t('results.links.competition')}
      </Link>
    </>
  );

  if (competition.isPending || overview.isPending)
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  if (competition.isError || overview.isError)
    return (
      <Page title={title} actions={actions}>
        <ErrorNotice error={competition.error ?? overview.error} onRetry={() => void (competition.refetch(), overview.refetch())} />
      </Page>
    );

  const { publication, awards } = overview.data;
  const locked = publication.state !== 'open';
  const finalRound = rounds.data?.find((r) => r.id === finalId);
  const criteria = (finalRound?.rubric.criteria ?? []).map((c) => ({ key: c.key, name: localize(c.name, lng) || c.key }));
  const candidates = finalResults.data?.entries ?? [];

  return (
    <Page title={title} actions={actions}>
      <div className="stack">
        <PublicationPanel competitionId={id} publication={publication} awards={awards} />
        <section aria-labelledby="awards-h" className="stack">
          <div className="section-head">
            <h2 id="awards-h">{t('results.awards.listTitle')}</h2>
            {!locked ? (
              <div className="inline-actions">
                <Button
                  variant="secondary"
                  busy={assign.isPending}
                  onClick={() => (setAssigned(false), assign.mutate(undefined, { onSuccess: () => setAssigned(true) }))}
                  disabled={!awards.length}
                >
                  {t('results.awards.assign')}
                </Button>
                {!adding ? <Button onClick={() => setAdding(true)}>{t('results.awards.add')}</Button> : null}
              </div>
            ) : null}
          </div>
          {!locked ? <p className="muted small">{t('results.awards.assignHint')}</p> : null}
          {assignError ? <ErrorNotice title={errorMessage(t, assignError)} /> : null}
          {assigned && !assign.error ? <Notice tone="success">{t('results.awards.assigned')}</Notice> : null}
          {!finalId ? <p className="notice notice-info">{t('results.awards.noFinal')}</p> : null}
          {finalResults.isError ? <ErrorNotice error={finalResults.error} onRetry={() => void finalResults.refetch()} /> : null}
          {adding ? (
            <div className="panel">
              <AwardForm competition={competition.data} criteria={criteria} onDone={() => setAdding(false)} />
            </div>
          ) : null}
          {awards.length ? (
            awards.map((a) => (
              <AwardCard
                key={a.id}
                competition={competition.data}
                award={a}
                criteria={criteria}
                candidates={candidates}
                countryName={countryName}
                locked={locked}
                awards={awards}
              />
            ))
          ) : (
            <EmptyState>{t('results.awards.none')}</EmptyState>
          )}
        </section>
      </div>
    </Page>
  );
}
