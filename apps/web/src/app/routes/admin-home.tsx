import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { AdminCompetitionList } from '../../features/competitions/components/admin-competition-list';
import { paths } from '../paths';

export function AdminHomeRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('admin.competitions.title')}
      lead={t('admin.competitions.lead')}
      actions={
        <Link className="btn btn-primary" to={paths.admin.newCompetition}>
          {t('admin.competitions.new')}
        </Link>
      }
    >
      <AdminCompetitionList />
    </Page>
  );
}
