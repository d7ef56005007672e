import { useNavigate } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { CompetitionForm } from '../../features/competitions/components/competition-form';
import { paths } from '../paths';
import { useCountryNames } from '../../api/get-countries';

export function AdminCompetitionNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const countries = useCountryNames();
  return (
    <Page title={t('admin.form.newTitle')}>
      {countries.query.isPending ? (
        <Loading />
      ) : countries.query.isError ? (
        <ErrorNotice error={countries.query.error} onRetry={() => void countries.query.refetch()} />
      ) : (
        <CompetitionForm countries={countries.list} onSaved={(c) => void navigate(paths.admin.competition(c.id), { state: { saved: 'created' } })} />
      )}
    </Page>
  );
}
