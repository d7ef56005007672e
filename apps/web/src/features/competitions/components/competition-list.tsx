import { useTranslation } from '../../../lib/use-translation';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { useCompetitions } from '../../../api/get-competitions';
import { CompetitionCard } from './competition-card';

/** The current competitions: the public sees published ones. */
export function CompetitionList() {
  const { t } = useTranslation();
  const query = useCompetitions();
  if (query.isPending) return <Loading label={t('competitions.loading')} />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  const list = query.data.filter((c) => c.status === 'published');
  if (!list.length) return <EmptyState>{t('competitions.none')}</EmptyState>;
  return (
    <ul className="card-grid" aria-label={t('competitions.listLabel')}>
      {list.map((c) => (
        <li key={c.id}>
          <CompetitionCard competition={c} />
        </li>
      ))}
    </ul>
  );
}
