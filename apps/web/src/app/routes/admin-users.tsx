import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { UsersList } from '../../features/admin/components/users-list';
import { useCountryNames } from '../../api/get-countries';

export function AdminUsersRoute() {
  const { t } = useTranslation();
  const countries = useCountryNames();
  return (
    <Page title={t('users.title')}>
      <UsersList countryName={countries.nameOf} countries={countries.list} />
    </Page>
  );
}
