import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { useDeclaration } from '../../features/judging/api/get-declaration';
import { isToDo, useQueue } from '../../features/judging/api/get-queue';
import { RoundPhaseBadge } from '../../features/judging/components/badges';
import { ProgressMeter } from '../../features/judging/components/progress-meter';
import { QueueTable, type QueueFilter } from '../../features/judging/components/queue-table';
import { RoundWindow } from '../../features/judging/components/round-window';
import { roundTitle } from '../../features/judging/utils/round';
import { paths } from '../paths';
import { useCountryNames } from '../../api/get-countries';
import { JudgePageState } from './judge-page-state';

/** A round's queue: the judge's progress, and their assigned entries to score ("to do" first, or all). */
export function JudgeRoundRoute() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const queue = useQueue(id);
  const declaration = useDeclaration(id);
  const countries = useCountryNames();
  const [search, setSearch] = useSearchParams();
  const filter: QueueFilter = search.get('show') === 'all' ? 'all' : 'todo';
  const setFilter = (f: QueueFilter) => setSearch(f === 'all' ? { show: 'all' } : {}, { replace: true });

  if (!queue.data)
    return (
      <JudgePageState
        title={t('judge.queue.pageTitle')}
        query={queue}
        notFoundText={t('judge.queue.notFound')}
        back={{ to: paths.judge.root, label: t('judge.backToRounds') }}
      />
    );

  const { round, items } = queue.data;
  const next = items.find(isToDo);
  return (
    <Page
      title={roundTitle(t, round, i18n.language, countries.nameOf)}
      lead={<RoundWindow round={round} />}
      actions={
        next ? (
          <Link className="btn btn-primary" to={paths.judge.entry(round.id, next.roundEntryId)}>
            {round.submitted === 0 && next.scorecard === 'none' ? t('judge.queue.start') : t('judge.queue.continue')}
          </Link>
        ) : null
      }
    >
      <p>
        <Link to={paths.judge.root}>{t('judge.backToRounds')}</Link>
      </p>
      <div className="panel judge-queue-head">
        <p className="judge-round-kind">
          <RoundPhaseBadge round={round} />
        </p>
        <ProgressMeter id="jq-progress" label={t('judge.progress.label')} done={round.submitted} total={round.assigned} />
        {round.declared ? (
          <p className="small">
            <Link to={paths.judge.declaration(round.id)}>{t('judge.rounds.editDeclaration')}</Link>
          </p>
        ) : (
          <div className="notice notice-info">
            <p>{t('judge.rounds.declareFirst')}</p>
            <Link className="btn btn-secondary" to={paths.judge.declaration(round.id)}>
              {t('judge.rounds.declare')}
            </Link>
          </div>
        )}
      </div>
      <section className="judge-queue-list" aria-labelledby="jq-h">
        <h2 id="jq-h">{t('judge.queue.heading')}</h2>
        <QueueTable
          items={items}
          filter={filter}
          onFilterChange={setFilter}
          entryHref={(reId) => paths.judge.entry(round.id, reId)}
          declared={round.declared}
          judgeLanguages={declaration.data?.languages}
        />
      </section>
    </Page>
  );
}
