import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { ErrorNotice, Loading } from '../../components/ui/query-state';
import { useJudgeRounds } from '../../features/judging/api/get-judge-rounds';
import { RoundList } from '../../features/judging/components/round-list';
import { paths } from '../paths';
import { useCountryNames } from '../../api/get-countries';

/** The judge's rounds, each with its window, status, progress and the way to its queue. */
export function JudgeHomeRoute() {
  const { t } = useTranslation();
  const rounds = useJudgeRounds();
  const countries = useCountryNames();
  return (
    <Page title={t('judge.rounds.title')} lead={t('judge.rounds.lead')}>
      {rounds.isPending ? <Loading /> : null}
      {rounds.isError ? <ErrorNotice error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
      {rounds.data ? (
        <RoundList rounds={rounds.data} countryName={countries.nameOf} queueHref={paths.judge.round} declarationHref={paths.judge.declaration} />
      ) : null}
    </Page>
  );
}
