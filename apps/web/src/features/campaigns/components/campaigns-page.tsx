import { useId, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { fallbackLang, localizeWithLanguage } from '../../../lib/localized-text';
import { useCampaigns } from '../api/get-campaigns';
import { useCompetitions } from '../../../api/get-competitions';
import { useCountryNames } from '../../../api/get-countries';
import { NewCampaignForm } from './new-campaign-form';
import './campaigns.css';

/**
 * The campaigns a builder may reach, for organisers (/admin/campaigns, every campaign) and a coordinator
 * (/coordinate/:country/campaigns, their country's), with their counts and the form to start one.
 */
export function CampaignsPage() {
  const { country } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const filterId = useId();
  const [search, setSearch] = useSearchParams();
  const competitionId = search.get('competitionId') ?? '';
  const coordinator = country?.toUpperCase();
  const base = paths.campaigns.base(coordinator);
  const campaigns = useCampaigns(competitionId);
  const competitions = useCompetitions();
  const countries = useCountryNames();
  const [creating, setCreating] = useState(false);
  const lng = i18n.language;
  const competitionOptions = (competitions.data ?? []).map((c) => {
    const name = localizeWithLanguage(c.name, lng);
    return { id: c.id, name: name?.text ?? '', lang: fallbackLang(name, lng) };
  });
  const competitionName = (id: string) => competitionOptions.find((c) => c.id === id)?.name ?? '';
  const n = (x: number) => formatNumber(x, lng);

  return (
    <Page
      title={coordinator ? t('campaigns.list.titleOf', { country: countries.nameOf(coordinator) }) : t('campaigns.list.title')}
      lead={t('campaigns.list.lead')}
      actions={
        <Button aria-expanded={creating} aria-controls="cl-new" onClick={() => setCreating((c) => !c)}>
          {creating ? t('campaigns.list.cancelNew') : t('campaigns.list.new')}
        </Button>
      }
    >
      <p>
        {coordinator ? (
          <Link to={paths.coordinate(coordinator)}>{t('campaigns.backToCountry')}</Link>
        ) : (
          <Link to={paths.admin.root}>{t('campaigns.backToConsole')}</Link>
        )}
      </p>
      <section id="cl-new" className="panel" hidden={!creating} aria-labelledby="cl-new-h">
        <h2 id="cl-new-h">{t('campaigns.list.new')}</h2>
        {competitions.isPending ? <Loading /> : null}
        {competitions.isError ? <ErrorNotice error={competitions.error} onRetry={() => void competitions.refetch()} /> : null}
        {creating && competitions.data ? (
          <NewCampaignForm
            competitions={competitionOptions}
            countries={countries.list}
            fixedCountry={coordinator ? { code: coordinator, name: countries.nameOf(coordinator) } : undefined}
            initialCompetitionId={competitionId}
            onCreated={(c) => void navigate(paths.campaigns.campaign(base, c.id))}
          />
        ) : null}
      </section>
      <section className="panel" aria-labelledby="cl-list-h">
        <div className="section-head">
          <h2 id="cl-list-h">{t('campaigns.list.heading')}</h2>
          {competitionOptions.length > 1 ? (
            <div className="field field-inline">
              <label className="field-label" htmlFor={filterId}>
                {t('campaigns.list.filter')}
              </label>
              <select
                id={filterId}
                value={competitionId}
                onChange={(e) => setSearch(e.target.value ? { competitionId: e.target.value } : {}, { replace: true })}
              >
                <option value="">{t('campaigns.list.allCompetitions')}</option>
                {competitionOptions.map((c) => (
                  <option key={c.id} value={c.id} lang={c.lang}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        {campaigns.isPending ? <Loading /> : null}
        {campaigns.isError ? <ErrorNotice error={campaigns.error} onRetry={() => void campaigns.refetch()} /> : null}
        {campaigns.data && !campaigns.data.length ? <EmptyState>{t('campaigns.list.none')}</EmptyState> : null}
        {campaigns.data?.length ? (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('campaigns.list.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('campaigns.list.name')}</th>
                  <th scope="col">{t('campaigns.list.scope')}</th>
                  <th scope="col" className="num">
                    {t('campaigns.counts.works')}
                  </th>
                  <th scope="col" className="num">
                    {t('campaigns.counts.flagged')}
                  </th>
                  <th scope="col" className="num">
                    {t('campaigns.counts.uses')}
                  </th>
                  <th scope="col" className="num">
                    {t('campaigns.counts.downloads')}
                  </th>
                  <th scope="col">{t('campaigns.list.created')}</th>
                </tr>
              </thead>
              <tbody>
                {campaigns.data.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={paths.campaigns.campaign(base, c.id)}>{c.name}</Link>
                      {competitionName(c.competitionId) ? <div className="muted small">{competitionName(c.competitionId)}</div> : null}
                    </td>
                    <td>{c.countryCode ? countries.nameOf(c.countryCode) : t('campaigns.scope.regional')}</td>
                    <td className="num">{n(c.counts.works)}</td>
                    <td className="num">{c.counts.flagged ? <span className="code-tag code-tag-flag">{n(c.counts.flagged)}</span> : n(0)}</td>
                    <td className="num">{n(c.counts.uses)}</td>
                    <td className="num">{n(c.counts.downloads)}</td>
                    <td>
                      {c.createdByName}
                      <div className="muted small">{formatDateTime(c.createdAt, lng)}</div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </Page>
  );
}
