import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useCompetition } from '../../../api/get-competition';
import { useCountryNames } from '../../../api/get-countries';
import { useMe } from '../../../api/get-me';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/ui/page';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import { viewerTimeZone } from '../../../lib/datetime-local';
import { formatDateTime } from '../../../lib/format';
import { localize } from '../../../lib/localized-text';
import { useBallot, type Ballot, type BallotCategory } from '../api/get-ballot';
import { useCastVote } from '../api/cast-vote';
import { useWithdrawVote } from '../api/withdraw-vote';
import { needsVerification } from '../utils/vote-error';
import { CandidateCard } from './candidate-card';
import './voting.css';
import { errorMessage } from '../../../lib/error-message';

/**
 * The audience vote of a competition (/vote/:competitionId), for anyone signed in: the window, and per category
 * the finalists to watch and vote for. An unverified address gets the verifyPrompt (composed by the router from
 * the account feature).
 */
export function VotePage({ verifyPrompt }: { verifyPrompt?: ReactNode }) {
  const { competitionId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const ballot = useBallot(competitionId);
  const competition = useCompetition(competitionId);
  const me = useMe();
  const cast = useCastVote(competitionId);
  const withdraw = useWithdrawVote(competitionId);
  const { nameOf: countryName } = useCountryNames();
  const [status, setStatus] = useState('');
  const name = competition.data ? localize(competition.data.name, i18n.language) : '';
  const title = name ? t('voting.titleOf', { competition: name }) : t('voting.title');

  if (ballot.isPending)
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  if (ballot.isError) {
    const notFound = ballot.error instanceof ApiError && ballot.error.status === 404;
    return (
      <Page title={title}>
        <ErrorNotice
          error={notFound ? undefined : ballot.error}
          title={notFound ? t('voting.notFound') : undefined}
          onRetry={notFound ? undefined : () => void ballot.refetch()}
        >
          <p>
            <Link to={paths.home}>{t('voting.backHome')}</Link>
          </p>
        </ErrorNotice>
      </Page>
    );
  }

  const b = ballot.data;
  const refusedUnverified = needsVerification(cast.error) || needsVerification(withdraw.error);
  const unverified = b.cannotVoteReason === 'email_not_verified' || me.data?.emailVerified === false || refusedUnverified;
  const voteError = cast.error ?? withdraw.error;
  const busyFor = (categoryId: string, entryId: string | null) =>
    (cast.isPending && cast.variables?.categoryId === categoryId && cast.variables.entryId === entryId) ||
    (withdraw.isPending && withdraw.variables === categoryId && entryId === null);

  const onVote = (category: BallotCategory, entryId: string, label: string) => {
    setStatus('');
    withdraw.reset();
    cast.mutate(
      { categoryId: category.categoryId, entryId },
      { onSuccess: () => setStatus(t('voting.voted', { title: label, category: localize(category.name, i18n.language) })) },
    );
  };
  const onWithdraw = (category: BallotCategory) => {
    setStatus('');
    cast.reset();
    withdraw.mutate(category.categoryId, { onSuccess: () => setStatus(t('voting.withdrawn', { category: localize(category.name, i18n.language) })) });
  };

  return (
    <Page title={title} lead={t('voting.lead')}>
      <VotingWindow ballot={b} />
      {unverified ? (
        <section className="panel vote-verify" aria-labelledby="vote-verify-h">
          <h2 id="vote-verify-h">{t('voting.verifyTitle')}</h2>
          <p>{t('voting.verifyLead')}</p>
          {verifyPrompt}
        </section>
      ) : null}
      <div className="vote-notices">
        {!b.canVote && b.cannotVoteReason && b.cannotVoteReason !== 'email_not_verified' ? <PhaseNotice ballot={b} /> : null}
        {voteError && !needsVerification(voteError) ? (
          <ErrorNotice title={t('voting.refused')}>
            <p>{errorMessage(t, voteError)}</p>
          </ErrorNotice>
        ) : null}
        <p className="visually-hidden" role="status" aria-live="polite">
          {status}
        </p>
        {status ? (
          <p className="notice notice-success" aria-hidden="true">
            {status}
          </p>
        ) : null}
      </div>
      {b.categories.length ? (
        b.categories.map((category) => (
          <section key={category.categoryId} className="vote-category" aria-labelledby={`vote-cat-${category.categoryId}`}>
            <h2 id={`vote-cat-${category.categoryId}`}>{localize(category.name, i18n.language)}</h2>
            {category.candidates.length ? (
              <ul className="candidate-grid">
                {category.candidates.map((c) => (
                  <CandidateCard
                    key={c.entryId}
                    candidate={c}
                    countryName={c.countryCode ? countryName(c.countryCode) : null}
                    chosen={category.myVote === c.entryId}
                    canVote={b.canVote}
                    busy={busyFor(category.categoryId, c.entryId) || (category.myVote === c.entryId && busyFor(category.categoryId, null))}
                    onVote={() => onVote(category, c.entryId, c.title)}
                    onWithdraw={() => onWithdraw(category)}
                    onRefresh={() => void ballot.refetch()}
                  />
                ))}
              </ul>
            ) : (
              <EmptyState>{t('voting.noFinalists')}</EmptyState>
            )}
          </section>
        ))
      ) : b.phase === 'open' ? (
        <EmptyState>{t('voting.noCategories')}</EmptyState>
      ) : null}
    </Page>
  );
}

/** When the vote opens and closes, in the viewer's time zone (named). */
function VotingWindow({ ballot }: { ballot: Ballot }) {
  const { t, i18n } = useTranslation();
  if (!ballot.audienceVoting) return null;
  return (
    <section className="panel vote-window" aria-labelledby="vote-window-h">
      <h2 id="vote-window-h" className="visually-hidden">
        {t('voting.window')}
      </h2>
      <dl className="vote-window-list">
        <div>
          <dt>{t('voting.opens')}</dt>
          <dd>{ballot.votingOpensAt ? formatDateTime(ballot.votingOpensAt, i18n.language) : t('voting.notSet')}</dd>
        </div>
        <div>
          <dt>{t('voting.closes')}</dt>
          <dd>{ballot.votingClosesAt ? formatDateTime(ballot.votingClosesAt, i18n.language) : t('voting.notSet')}</dd>
        </div>
        <div>
          <dt>{t('voting.phase')}</dt>
          <dd>
            <span className={`vote-phase vote-phase-${ballot.phase}`}>{t(`voting.phases.${ballot.phase}`)}</span>
          </dd>
        </div>
      </dl>
      <p className="muted small">{t('common.timesShownIn', { zone: viewerTimeZone() })}</p>
    </section>
  );
}

/** Why nobody can vote now: not open yet, closed, or no audience vote at all. */
function PhaseNotice({ ballot }: { ballot: Ballot }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '');
  const reason = ballot.cannotVoteReason;
  let text: string;
  if (reason === 'not_open') text = ballot.votingOpensAt ? t('voting.notOpenAt', { when: when(ballot.votingOpensAt) }) : t('voting.notOpen');
  else if (reason === 'closed') text = ballot.votingClosesAt ? t('voting.closedAt', { when: when(ballot.votingClosesAt) }) : t('voting.closed');
  else if (reason === 'voting_off') text = t('voting.off');
  else text = t('voting.cannotVote');
  return (
    <div className="notice notice-info" role="status">
      <p className="notice-title">{text}</p>
      {reason === 'closed' && !ballot.countsPublished ? <p>{t('voting.countsLater')}</p> : null}
    </div>
  );
}
