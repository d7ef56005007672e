import { useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { GuardianConsent } from '../../features/consents/components/guardian-consent';

/** Public: a guardian opens the link they were given. No account, no sign-in. */
export function GuardianConsentRoute() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  return (
    <Page title={t('guardian.title')} lead={t('guardian.lead')}>
      <div className="narrow">
        <GuardianConsent token={token} />
      </div>
    </Page>
  );
}
