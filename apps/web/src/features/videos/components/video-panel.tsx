import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/use-translation';
import { VideoPlayer } from '../../../components/media/video-player';
import { Button } from '../../../components/ui/button';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatDuration, formatFileSize, formatNumber, formatPercent } from '../../../lib/format';
import { useSubtitles } from '../api/get-subtitles';
import { isWorking, useVideo } from '../api/get-video';
import { loadUpload, resumableUpload } from '../utils/upload-session';
import { videoProblemText } from '../utils/problem-text';
import type { UploadRules } from '../utils/preflight';
import { queryKeys } from '../../../api/query-keys';

// Uppy and the uploader load only when a team member can upload: viewers and reviewers never download them
const VideoUploader = lazy(() => import('./video-uploader').then((m) => ({ default: m.VideoUploader })));

export interface VideoPanelProps {
  entryId: string;
  title: string;
  editable: boolean;
  maxBytes: number;
  /** the competition's rules for the video, checked in the browser before any byte is sent */
  rules?: UploadRules;
  sectionId: string;
  /** the entry's checklist depends on the video: called when its status settles */
  onSettled: () => void;
}

/** The entry's video: upload, processing progress (polled), reasons for a refusal, and the player when ready. */
export function VideoPanel({ entryId, title, editable, maxBytes, rules, sectionId, onSettled }: VideoPanelProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const qc = useQueryClient();
  const video = useVideo(entryId);
  const subtitles = useSubtitles(entryId);
  const status = video.data?.status;
  const [replacing, setReplacing] = useState(false);
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current && previous.current !== status && (status === 'ready' || status === 'rejected')) {
      setReplacing(false);
      onSettled();
    }
    previous.current = status;
  }, [status, onSettled]);

  const refresh = () => void qc.invalidateQueries({ queryKey: queryKeys.entries.video(entryId) });
  const v = video.data;
  const resumable = editable ? resumableUpload(loadUpload(entryId), v ? { status: v.status, assetId: v.assetId } : undefined) : null;
  const blocking = v?.problems.filter((p) => p.blocking) ?? [];
  const warnings = v?.problems.filter((p) => !p.blocking) ?? [];

  return (
    <section className="panel" id={sectionId} tabIndex={-1} aria-labelledby="entry-video-h">
      <h2 id="entry-video-h">{t('video.title')}</h2>
      {video.isPending ? <Loading /> : null}
      {video.isError ? <ErrorNotice error={video.error} onRetry={() => void video.refetch()} /> : null}
      {v ? (
        <>
          <p className="video-status" role="status" aria-live="polite">
            <span className={`badge badge-video-${v.status}`}>{t(`video.status.${v.status}`)}</span>{' '}
            {v.fileName ? (
              <span className="muted small">
                {v.fileName}
                {v.sizeBytes ? ` · ${formatFileSize(v.sizeBytes, lng)}` : ''}
                {v.durationSeconds ? ` · ${formatDuration(v.durationSeconds, lng)}` : ''}
                {v.width && v.height ? ` · ${formatNumber(v.width, lng, { useGrouping: false })}×${formatNumber(v.height, lng, { useGrouping: false })}` : ''}
              </span>
            ) : null}
          </p>
          {isWorking(v.status) ? (
            <div className="processing">
              <label htmlFor="video-processing" className="field-label">
                {t('video.processingLabel')}
              </label>
              <progress id="video-processing" max={100} value={Math.round(v.progress * 100)}>
                {formatPercent(v.progress, lng)}
              </progress>
              <p className="small">
                {formatPercent(v.progress, lng)} · {t('video.processingHint')}
              </p>
            </div>
          ) : null}
          {v.status === 'rejected' ? (
            <div className="notice notice-error" role="alert">
              <p className="notice-title">{t('video.rejectedTitle')}</p>
              <ul>
                {blocking.map((p, i) => (
                  <li key={`${p.code}-${i}`}>{videoProblemText(t, p)}</li>
                ))}
              </ul>
              <p>{t('video.rejectedHint')}</p>
            </div>
          ) : null}
          {v.status === 'ready' && warnings.length ? (
            <div className="notice notice-info">
              <p className="notice-title">{t('video.warningsTitle')}</p>
              <ul>
                {warnings.map((p, i) => (
                  <li key={`${p.code}-${i}`}>{videoProblemText(t, p)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {v.status === 'ready' && v.playback ? (
            <VideoPlayer
              key={v.assetId ?? 'video'}
              url={v.playback.url}
              hlsUrl={v.playback.hls?.url}
              previews={v.playback.hls?.previews}
              posterUrl={v.playback.posterUrl}
              expiresAt={v.playback.expiresAt}
              subtitles={subtitles.data ?? []}
              title={title}
              onRefresh={() => void video.refetch()}
            />
          ) : null}
          {v.status === 'none' && !editable ? <p className="muted">{t('video.none')}</p> : null}
          {editable && !isWorking(v.status) ? (
            // one stable element, so an upload in progress survives the status changing under it
            <div className="uploader-slot">
              {v.status === 'ready' && !replacing ? (
                <Button variant="secondary" aria-expanded={false} onClick={() => setReplacing(true)}>
                  {t('video.replace')}
                </Button>
              ) : null}
              <div hidden={v.status === 'ready' && !replacing}>
                <Suspense fallback={<Loading label={t('video.upload.loading')} />}>
                  <VideoUploader entryId={entryId} maxBytes={maxBytes} rules={rules} resumable={resumable} onChanged={refresh} />
                </Suspense>
              </div>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
