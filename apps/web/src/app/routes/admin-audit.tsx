import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { AuditLog } from '../../features/admin/components/audit-log';

export function AdminAuditRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('audit.title')} lead={t('audit.lead')}>
      <AuditLog />
    </Page>
  );
}
