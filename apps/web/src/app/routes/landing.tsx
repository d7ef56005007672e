import { Link } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { CompetitionList } from '../../features/competitions/components/competition-list';
import { StudentStart } from '../../features/competitions/components/student-start';
import { FinishedEditions } from '../../features/competitions/components/finished-edition';
import { useMe } from '../../api/get-me';
import { paths } from '../paths';

export function LandingRoute() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <section className="hero" aria-labelledby="hero-h">
        <div className="hero-inner">
          <p className="hero-kicker">{t('landing.kicker')}</p>
          <h1 id="hero-h">{t('landing.title')}</h1>
          <p className="hero-lead">{t('landing.lead')}</p>
          <p className="hero-actions">
            {me.data ? null : (
              <>
                <Link className="btn btn-primary btn-large" to={paths.signUp}>
                  {t('landing.cta')}
                </Link>
                <Link className="btn btn-secondary btn-large" to={paths.signIn}>
                  {t('auth.signIn')}
                </Link>
              </>
            )}
            {/* server-rendered by the API: a full page load, not a client route */}
            <a className="btn btn-secondary btn-large" href={paths.showcase}>
              {t('landing.showcase')}
            </a>
          </p>
        </div>
      </section>
      <StudentStart me={me.data} />
      <FinishedEditions />
      <Page title={t('landing.currentCompetitions')}>
        <CompetitionList />
      </Page>
    </>
  );
}
