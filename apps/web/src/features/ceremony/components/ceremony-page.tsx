import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { errorMessage } from '../../../lib/error-message';
import { isApiError } from '../../../lib/api-client';
import { useCeremony } from '../api/get-ceremony';
import { CeremonyAudience } from './audience-view';
import { CeremonyPresenter } from './presenter-view';
import { SealFirst } from './seal-first';
import './ceremony.css';

const notSealed = (error: unknown) => isApiError(error) && error.reason === 'results.ceremony_not_sealed';

/** /ceremony/:competitionId: ceremony mode, the presenter's window, outside the site's header and footer. */
export function CeremonyPage() {
  const { competitionId = '' } = useParams();
  const deck = useCeremony(competitionId);
  if (deck.data) return <CeremonyPresenter deck={deck.data} />;
  if (deck.isError && notSealed(deck.error)) return <SealFirst competitionId={competitionId} error={deck.error} />;
  return <Unavailable competitionId={competitionId} pending={deck.isPending} error={deck.error} />;
}

/** /ceremony/:competitionId/audience: the audience's window (slides only), opened from the presenter's. */
export function CeremonyAudiencePage() {
  const { competitionId = '' } = useParams();
  const deck = useCeremony(competitionId);
  if (deck.data) return <CeremonyAudience deck={deck.data} />;
  return <Unavailable competitionId={competitionId} pending={deck.isPending} error={deck.error} />;
}

function Unavailable({ competitionId, pending, error }: { competitionId: string; pending: boolean; error: unknown }) {
  const { t } = useTranslation();
  return (
    <main className="ceremony">
      <div className="ceremony-slide ceremony-center" role="region" aria-label={t('ceremony.title')}>
        {pending ? (
          <p className="ceremony-kicker" role="status">
            {t('common.loading')}
          </p>
        ) : (
          <div role="alert">
            <h1 className="ceremony-award">{t('ceremony.unavailable')}</h1>
            <p className="ceremony-description">{errorMessage(t, error)}</p>
            <p>
              <Link className="ceremony-btn" to={paths.admin.awards(competitionId)}>
                {t('ceremony.backToAwards')}
              </Link>
            </p>
          </div>
        )}
      </div>
    </main>
  );
}
