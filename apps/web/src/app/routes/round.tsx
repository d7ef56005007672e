import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { competitionQueryOptions } from '../../api/get-competition';
import { useRound } from '../../features/rounds/api/get-round';
import { AssignmentSection } from '../../features/rounds/components/assignment-section';
import { RoundStatusBadge } from '../../features/rounds/components/badges';
import { PanelSection } from '../../features/rounds/components/panel-section';
import { ProgressSection } from '../../features/rounds/components/progress-section';
import { RankingSection } from '../../features/rounds/components/ranking-section';
import { RoundSectionNav } from '../../features/rounds/components/round-section-nav';
import { RoundWindow } from '../../features/rounds/components/round-window';
import { ScoresSection } from '../../features/rounds/components/scores-section';
import { SetupSection } from '../../features/rounds/components/setup-section';
import { defaultSection, isRoundSection, roundName, type RoundSection } from '../../features/rounds/utils/round-label';
import { ApiError, type Schemas } from '../../lib/api-client';
import { formatNumber } from '../../lib/format';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';
import { useCountryNames } from '../../api/get-countries';

/**
 * A round's page for the people who run it, organisers under /admin/rounds/:id and a coordinator under
 * /coordinate/:country/rounds/:id: setup, panel, assignment, progress, scores, and ranking with promotion, one
 * section at a time, each at its own address.
 */
export function RoundRoute() {
  const { id = '', section, country } = useParams();
  const { t, i18n } = useTranslation();
  const base = paths.rounds.base(country);
  const round = useRound(id);
  const competition = useQuery({ ...competitionQueryOptions(round.data?.competitionId ?? ''), enabled: Boolean(round.data) });
  const countries = useCountryNames();

  if (round.isPending)
    return (
      <Page title={t('rounds.page.title')}>
        <Loading />
      </Page>
    );
  if (round.isError) {
    const notFound = round.error instanceof ApiError && round.error.status === 404;
    return (
      <Page title={t('rounds.page.title')}>
        <ErrorNotice
          error={notFound ? undefined : round.error}
          title={notFound ? t('rounds.page.notFound') : undefined}
          onRetry={notFound ? undefined : () => void round.refetch()}
        >
          <p>
            <Link to={country ? paths.coordinate(country) : paths.admin.root}>{country ? t('rounds.backToCountry') : t('rounds.backToConsole')}</Link>
          </p>
        </ErrorNotice>
      </Page>
    );
  }

  const r = round.data;
  const current: RoundSection = isRoundSection(section) ? section : defaultSection(r.status);
  const name = roundName(t, r, countries.nameOf);
  const competitionName = competition.data ? localize(competition.data.name, i18n.language) : '';
  const competitionCountries = countries.list.filter((c) => competition.data?.countryCodes.includes(c.code) ?? true);

  return (
    <Page
      title={competitionName ? `${name} · ${competitionName}` : name}
      lead={
        <span className="round-lead">
          <RoundStatusBadge status={r.status} /> <RoundWindow round={r} zone />
        </span>
      }
      actions={
        <Link className="btn btn-secondary" to={paths.rounds.list(base, r.competitionId)}>
          {t('rounds.backToRounds')}
        </Link>
      }
    >
      <RoundCounts round={r} />
      <RoundSectionNav current={current} hrefFor={(s) => paths.rounds.round(base, r.id, s)} />
      <section className="round-section" aria-labelledby="round-section-h">
        <h2 id="round-section-h">{t(`rounds.sections.${current}`)}</h2>
        {current === 'setup' ? <SetupSection key={r.id} round={r} languages={competition.data?.languages} /> : null}
        {current === 'panel' ? <PanelSection round={r} countries={competitionCountries} countryName={countries.nameOf} /> : null}
        {current === 'assignment' ? <AssignmentSection round={r} countryName={countries.nameOf} /> : null}
        {current === 'progress' ? <ProgressSection round={r} /> : null}
        {current === 'scores' ? <ScoresSection round={r} /> : null}
        {current === 'ranking' ? <RankingSection round={r} countryName={countries.nameOf} /> : null}
      </section>
    </Page>
  );
}

/** The round at a glance: entries, judges, scorecards submitted of assigned. */
function RoundCounts({ round }: { round: Schemas['RoundDto'] }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language);
  return (
    <dl className="round-counts">
      <div>
        <dt>{t('rounds.counts.entries')}</dt>
        <dd>{n(round.counts.entries)}</dd>
      </div>
      <div>
        <dt>{t('rounds.counts.judges')}</dt>
        <dd>{n(round.counts.judges)}</dd>
      </div>
      <div>
        <dt>{t('rounds.counts.scorecards')}</dt>
        <dd>{t('rounds.counts.submittedOf', { submitted: n(round.counts.submitted), assigned: n(round.counts.assignments) })}</dd>
      </div>
      <div>
        <dt>{t('rounds.counts.perEntry')}</dt>
        <dd>{n(round.judgesPerEntry)}</dd>
      </div>
    </dl>
  );
}
