import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading, Notice } from '../../components/ui/query-state';
import { useCompetition } from '../../api/get-competition';
import { useRounds } from '../../api/get-rounds';
import { NewRoundForm } from '../../features/rounds/components/new-round-form';
import { RoundKindsExplained } from '../../features/rounds/components/round-flow';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';
import { useCountryNames } from '../../api/get-countries';
import { ROUND_KINDS } from '@clapper/domain/rounds';

/** Sets up a round: organisers any national round or the final; a coordinator their own country's national round. */
export function RoundNewRoute() {
  const { competitionId = '', country } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const base = paths.rounds.base(country);
  const competition = useCompetition(competitionId);
  const rounds = useRounds(competitionId);
  const countries = useCountryNames();
  const coordinator = country?.toUpperCase();
  const title = t('rounds.create.title');

  const query = competition.isError ? competition : rounds.isError ? rounds : countries.query.isError ? countries.query : null;
  if (query)
    return (
      <Page title={title}>
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  if (!competition.data || !rounds.data || countries.query.isPending)
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );

  const c = competition.data;
  const existing = rounds.data;
  const taken = new Set(existing.filter((r) => r.kind === 'national').map((r) => r.countryCode));
  const hasFinal = existing.some((r) => r.kind === 'final');
  // a coordinator runs their country's round; the final is the organisers', and there is one
  const kinds = coordinator || hasFinal ? ROUND_KINDS.filter((k) => k === 'national') : ROUND_KINDS;
  const open = countries.list.filter((x) => c.countryCodes.includes(x.code) && !taken.has(x.code));
  const back = paths.rounds.list(base, competitionId);
  const blocked = coordinator ? taken.has(coordinator) : !open.length && hasFinal;

  return (
    <Page title={title} lead={localize(c.name, i18n.language)}>
      <p>
        <Link to={back}>{t('rounds.backToRounds')}</Link>
      </p>
      {blocked ? (
        <Notice>{t(coordinator ? 'rounds.create.alreadyNational' : 'rounds.create.allSetUp')}</Notice>
      ) : (
        <NewRoundForm
          competitionId={c.id}
          kinds={[...kinds]}
          countries={open}
          fixedCountry={coordinator ? { code: coordinator, name: countries.nameOf(coordinator) } : undefined}
          judgingWindow={{ opensAt: c.timeline.judgingOpensAt, closesAt: c.timeline.judgingClosesAt }}
          languages={c.languages}
          initialKind={search.get('kind') === 'final' ? 'final' : undefined}
          onCreated={(r) => void navigate(paths.rounds.round(base, r.id, 'setup'))}
        />
      )}
      <RoundKindsExplained quota={existing.find((r) => r.kind === 'final')?.countryQuota} />
    </Page>
  );
}
