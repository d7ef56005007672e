import { useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { Loading } from '../../components/ui/query-state';
import { useMe } from '../../api/get-me';
import { queryKeys } from '../../api/query-keys';
import { roleHome } from '../../features/auth/utils/role-home';
import { InvitationAccept } from '../../features/invitations/components/invitation-accept';
import { useCountryNames } from '../../api/get-countries';

export function InviteRoute() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const countries = useCountryNames();
  return (
    <Page title={t('invite.title')}>
      <div className="narrow">
        {me.isPending ? (
          <Loading />
        ) : (
          <InvitationAccept
            token={token}
            me={me.data ?? null}
            countryName={countries.nameOf}
            onAccepted={(account) => {
              qc.setQueryData(queryKeys.auth.me(), account);
              void navigate(roleHome(account), { replace: true });
            }}
          />
        )}
      </div>
    </Page>
  );
}
