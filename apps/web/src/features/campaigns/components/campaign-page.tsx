import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { localize } from '../../../lib/localized-text';
import { useCampaign, type CampaignDetail } from '../api/get-campaign';
import { useCompetitions } from '../../../api/get-competitions';
import { useCountryNames } from '../../../api/get-countries';
import { AddWorks } from './add-works';
import { CampaignSettings } from './campaign-settings';
import { CollectionKit } from './collection-kit';
import { DownloadLog, UseLog } from './campaign-logs';
import { WorkCard } from './work-card';
import './campaigns.css';

/**
 * A campaign's page, for organisers (/admin/campaigns/:id) and a coordinator (/coordinate/:country/campaigns/:id):
 * its works with their licences and clearance, media kits, the use and download logs.
 */
export function CampaignPage() {
  const { id = '', country } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const base = paths.campaigns.base(country);
  const campaign = useCampaign(id);
  const competitions = useCompetitions();
  const countries = useCountryNames();
  const back = (
    <Link className="btn btn-secondary" to={paths.campaigns.list(base)}>
      {t('campaigns.backToList')}
    </Link>
  );

  if (campaign.isPending)
    return (
      <Page title={t('campaigns.page.title')}>
        <Loading />
      </Page>
    );
  if (campaign.isError) {
    const notFound = campaign.error instanceof ApiError && campaign.error.status === 404;
    return (
      <Page title={t('campaigns.page.title')} actions={back}>
        <ErrorNotice
          error={notFound ? undefined : campaign.error}
          title={notFound ? t('campaigns.page.notFound') : undefined}
          onRetry={notFound ? undefined : () => void campaign.refetch()}
        />
      </Page>
    );
  }

  const c = campaign.data;
  const competition = competitions.data?.find((x) => x.id === c.competitionId);
  const scope = c.countryCode ? countries.nameOf(c.countryCode) : t('campaigns.scope.regional');
  return (
    <Page title={c.name} lead={[scope, competition ? localize(competition.name, i18n.language) : null].filter(Boolean).join(' · ')} actions={back}>
      <CampaignCounts campaign={c} />
      {c.description ? <p className="prewrap campaign-description">{c.description}</p> : null}
      <CampaignSettings key={c.updatedAt} campaign={c} onDeleted={() => void navigate(paths.campaigns.list(base), { replace: true })} />
      <CollectionKit campaign={c} />
      <section className="campaign-works" aria-labelledby="cp-works-h">
        <h2 id="cp-works-h">{t('campaigns.works.title')}</h2>
        {c.works.length ? (
          <ul className="work-grid">
            {c.works.map((w) => (
              <WorkCard key={w.entryId} campaignId={c.id} work={w} />
            ))}
          </ul>
        ) : (
          <EmptyState>{t('campaigns.works.none')}</EmptyState>
        )}
      </section>
      <AddWorks campaignId={c.id} />
      <UseLog uses={c.uses} />
      <DownloadLog downloads={c.downloads} />
    </Page>
  );
}

function CampaignCounts({ campaign }: { campaign: CampaignDetail }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language);
  return (
    <dl className="campaign-counts">
      <div>
        <dt>{t('campaigns.counts.works')}</dt>
        <dd>{n(campaign.counts.works)}</dd>
      </div>
      <div className={campaign.counts.flagged ? 'count-flagged' : undefined}>
        <dt>{t('campaigns.counts.flagged')}</dt>
        <dd>{n(campaign.counts.flagged)}</dd>
      </div>
      <div>
        <dt>{t('campaigns.counts.uses')}</dt>
        <dd>{n(campaign.counts.uses)}</dd>
      </div>
      <div>
        <dt>{t('campaigns.counts.downloads')}</dt>
        <dd>{n(campaign.counts.downloads)}</dd>
      </div>
    </dl>
  );
}
