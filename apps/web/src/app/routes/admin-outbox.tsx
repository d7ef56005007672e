import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { OutboxList } from '../../features/admin/components/outbox-list';

export function AdminOutboxRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('outbox.title')} lead={t('outbox.lead')}>
      <OutboxList />
    </Page>
  );
}
