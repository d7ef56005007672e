import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { InvitationsAdmin } from '../../features/invitations/components/invitations-admin';
import { useCountryNames } from '../../api/get-countries';

export function AdminInvitationsRoute() {
  const { t } = useTranslation();
  const countries = useCountryNames();
  return (
    <Page title={t('invitations.title')} lead={t('invitations.lead')}>
      <InvitationsAdmin countries={countries.list} />
    </Page>
  );
}
