import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { errorMessage } from '../../../lib/error-message';
import { useCeremony } from '../api/get-ceremony';
import { CeremonyDeck } from './ceremony-deck';
import './ceremony.css';

/** /ceremony/:competitionId: the full-screen reveal, outside the site's header and footer. */
export function CeremonyPage() {
  const { competitionId = '' } = useParams();
  const { t } = useTranslation();
  const deck = useCeremony(competitionId);
  if (deck.data) return <CeremonyDeck deck={deck.data} />;
  return (
    <main className="ceremony">
      <div className="ceremony-slide ceremony-center" role="region" aria-label={t('ceremony.title')}>
        {deck.isPending ? (
          <p className="ceremony-kicker" role="status">
            {t('common.loading')}
          </p>
        ) : (
          <div role="alert">
            <h1 className="ceremony-award">{t('ceremony.unavailable')}</h1>
            <p className="ceremony-description">{errorMessage(t, deck.error)}</p>
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
