import { Link } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { useCompetitions } from '../../api/get-competitions';
import { AdminCompetitionList } from '../../features/competitions/components/admin-competition-list';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';

export function AdminHomeRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('admin.competitions.title')}
      lead={t('admin.competitions.lead')}
      actions={
        <>
          <Link className="btn btn-primary" to={paths.admin.newCompetition}>
            {t('admin.competitions.new')}
          </Link>
          <Link className="btn btn-secondary" to={paths.entries.list()}>
            {t('review.consoleLink')}
          </Link>
          <Link className="btn btn-secondary" to={paths.campaigns.list(paths.campaigns.base())}>
            {t('campaigns.consoleLink')}
          </Link>
        </>
      }
    >
      <AdminCompetitionList />
      <CompetitionRounds />
    </Page>
  );
}

/** Each competition's rounds, one link away: where organisers run judging. */
function CompetitionRounds() {
  const { t, i18n } = useTranslation();
  const competitions = useCompetitions();
  if (!competitions.data?.length) return null;
  return (
    <section className="panel after-form" aria-labelledby="ah-rounds-h">
      <h2 id="ah-rounds-h">{t('rounds.list.heading')}</h2>
      <ul className="plain-list">
        {competitions.data.map((c) => (
          <li key={c.id}>
            <Link to={paths.rounds.list(paths.rounds.base(), c.id)}>{t('rounds.list.linkOf', { competition: localize(c.name, i18n.language) })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
