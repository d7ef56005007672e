import { useId } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { VideoPlayer } from '../../../components/media/video-player';
import { Button } from '../../../components/ui/button';
import { formatNumber } from '../../../lib/format';
import type { Candidate } from '../api/get-ballot';

export interface CandidateCardProps {
  candidate: Candidate;
  /** null while the results are unpublished: the ballot names finalists as the blind final does */
  countryName: string | null;
  chosen: boolean;
  canVote: boolean;
  busy: boolean;
  onVote: () => void;
  onWithdraw: () => void;
  onRefresh: () => void;
}

/** A finalist as voters see it: the film (or its poster), code, title, country; the vote button, the count once public. */
export function CandidateCard({ candidate: c, countryName, chosen, canVote, busy, onVote, onWithdraw, onRefresh }: CandidateCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <li className={['card', 'candidate-card', chosen ? 'candidate-chosen' : null].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      {c.playback ? (
        <VideoPlayer
          url={c.playback.url}
          hlsUrl={c.playback.hls?.url}
          lazy
          posterUrl={c.playback.posterUrl ?? c.posterUrl}
          expiresAt={c.playback.expiresAt}
          subtitles={c.subtitles}
          title={c.title}
          onRefresh={onRefresh}
        />
      ) : (
        <div className="candidate-poster">{c.posterUrl ? <img src={c.posterUrl} alt="" loading="lazy" /> : <span>{t('voting.noVideo')}</span>}</div>
      )}
      <div className="candidate-body">
        <p className="candidate-meta">
          <span className="vote-code">{c.code}</span>
          {countryName ? (
            <>
              {' '}
              <span className="muted small">{countryName}</span>
            </>
          ) : null}
        </p>
        <h3 id={headingId} className="candidate-title">
          {c.title}
        </h3>
        {c.votes !== null ? <p className="candidate-votes">{t('voting.votes', { count: c.votes, n: formatNumber(c.votes, i18n.language) })}</p> : null}
        <div className="candidate-actions">
          {chosen ? (
            <>
              <span className="your-vote">
                <span aria-hidden="true">✓ </span>
                {t('voting.yourVote')}
              </span>
              {canVote ? (
                <Button variant="link" busy={busy} onClick={onWithdraw} aria-label={t('voting.withdrawNamed', { title: c.title })}>
                  {t('voting.withdraw')}
                </Button>
              ) : null}
            </>
          ) : canVote ? (
            <Button variant="primary" busy={busy} onClick={onVote} aria-label={t('voting.voteForNamed', { code: c.code, title: c.title })}>
              {t('voting.voteFor')}
            </Button>
          ) : null}
        </div>
      </div>
    </li>
  );
}
