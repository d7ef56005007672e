import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { VideoPlayer } from '../../components/media/video-player';
import { Page } from '../../components/ui/page';
import { useJudgeEntry } from '../../features/judging/api/get-judge-entry';
import { queueQueryOptions } from '../../features/judging/api/get-queue';
import { EntryBrief } from '../../features/judging/components/entry-brief';
import { ScorecardForm } from '../../features/judging/components/scorecard-form';
import { roundTitle } from '../../features/judging/utils/round';
import { paths } from '../paths';
import { useCountryNames } from '../../api/get-countries';
import { JudgePageState } from './judge-page-state';

/**
 * The scoring screen: the video with captions and the entry's synopses beside the rubric form (side by side on a
 * laptop, stacked on a phone). Fetching the entry again brings fresh playback URLs; the form keeps its own state.
 */
export function JudgeEntryRoute() {
  const { id = '', roundEntryId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const entry = useJudgeEntry(id, roundEntryId);
  // the queue (usually cached from the page before) gives the entry's place in it
  const queue = useQuery(queueQueryOptions(id));
  const countries = useCountryNames();
  const refetchEntry = entry.refetch;
  const refresh = useCallback(() => void refetchEntry(), [refetchEntry]);
  const queueHref = paths.judge.round(id);

  if (!entry.data)
    return (
      <JudgePageState
        title={t('judge.entry.pageTitle')}
        query={entry}
        notFoundText={t('judge.entry.notFound')}
        back={{ to: queueHref, label: t('judge.backToQueue') }}
      />
    );

  const e = entry.data;
  const round = e.round;
  const items = queue.data?.items ?? [];
  const position = items.findIndex((i) => i.roundEntryId === e.roundEntryId);
  return (
    <Page
      title={e.title || t('judge.untitled')}
      lead={[
        e.code,
        roundTitle(t, round, i18n.language, countries.nameOf),
        position >= 0 ? t('judge.entry.position', { n: position + 1, total: items.length }) : null,
      ]
        .filter(Boolean)
        .join(' · ')}
    >
      <p>
        <Link to={queueHref}>{t('judge.backToQueue')}</Link>
      </p>
      <div className="judge-scoring">
        <div className="judge-scoring-media">
          <section className="panel" aria-labelledby="jv-h">
            <h2 id="jv-h" className="visually-hidden">
              {t('judge.entry.video')}
            </h2>
            {e.playback ? (
              <VideoPlayer
                key={e.roundEntryId}
                url={e.playback.url}
                hlsUrl={e.playback.hls?.url}
                previews={e.playback.hls?.previews}
                rungMemory="judge"
                posterUrl={e.playback.posterUrl}
                expiresAt={e.playback.expiresAt}
                subtitles={e.subtitles}
                title={e.title}
                onRefresh={refresh}
              />
            ) : (
              <p className="muted">{t('judge.entry.noVideo')}</p>
            )}
            {e.subtitles.length === 0 && e.playback ? <p className="muted small">{t('judge.entry.noSubtitles')}</p> : null}
          </section>
          <EntryBrief entry={e} countryName={countries.nameOf} />
        </div>
        <div className="judge-scoring-form panel">
          <ScorecardForm
            key={e.roundEntryId}
            roundId={id}
            entry={e}
            round={round}
            nextHref={e.nextRoundEntryId ? paths.judge.entry(id, e.nextRoundEntryId) : null}
            queueHref={queueHref}
            onLocked={refresh}
          />
        </div>
      </div>
    </Page>
  );
}
