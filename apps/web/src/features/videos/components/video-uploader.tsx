import { useCallback, useEffect, useId, useReducer, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import Uppy, { type UppyFile } from '@uppy/core';
import AwsS3 from '@uppy/aws-s3';
import { Button } from '../../../components/ui/button';
import { isApiError } from '../../../lib/api-client';
import { uploadErrorText } from '../utils/upload-error';
import { formatDuration, formatFileSize } from '../../../lib/format';
import { videoContentType } from '../../../lib/languages';
import { abortUpload } from '../api/abort-upload';
import { completeUpload } from '../api/complete-upload';
import { listParts } from '../api/list-parts';
import { signParts } from '../api/sign-parts';
import { startUpload } from '../api/start-upload';
import { uploadVideoThroughServer } from '../api/upload-video-through-server';
import { PartSigner } from '../utils/part-signer';
import { TransferRate } from '../utils/transfer-rate';
import { canCancel, canPause, canResume, canRetry, initialUploadState, isBusy, percentOf, uploadReducer } from '../utils/upload-state';
import { clearUpload, completeParts, isSameFile, saveUpload, type SavedUpload } from '../utils/upload-session';
import { acceptFor, preflightProblems, readFileFacts, type UploadRules } from '../utils/preflight';
import { containerName } from '../../../lib/video-formats';
import { videoProblemText } from '../utils/problem-text';
import type { VideoProblem } from '@clapper/domain/video-rules';
import { CONTAINERS } from '@clapper/domain/entry-rules';

type Meta = Record<string, never>;
type Body = Record<string, never>;

interface Session extends SavedUpload {
  signer: PartSigner;
}

export interface VideoUploaderProps {
  entryId: string;
  maxBytes: number;
  /**
   * The competition's rules: the hint states them, the file input offers its formats, and a file that the browser can
   * tell breaks them (format, length, size, picture size) is refused before any byte is sent. Without them, the size only.
   */
  rules?: UploadRules;
  /** an interrupted upload of this entry, to continue with the same file */
  resumable: SavedUpload | null;
  /** called when the file is in storage and processing has started, or when an upload was abandoned */
  onChanged: () => void;
}

/**
 * Sends the video straight to storage in presigned parts with Uppy (multipart), with progress, speed and time left,
 * pause / resume / cancel, retry of failed parts and resume after a reload (the upload is remembered per entry).
 */
export function VideoUploader({ entryId, maxBytes: maxBytesProp, rules, resumable, onChanged }: VideoUploaderProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [state, dispatch] = useReducer(uploadReducer, initialUploadState);
  const [stats, setStats] = useState<{ speed: number | null; left: number | null }>({ speed: null, left: null });
  const [choiceError, setChoiceError] = useState<string | null>(null);
  // what the browser found wrong with the chosen file, by the competition's rules: nothing was sent
  const [refused, setRefused] = useState<VideoProblem[] | null>(null);
  const [checking, setChecking] = useState(false);
  const maxBytes = rules?.maxFileSizeBytes ?? maxBytesProp;
  const containers = rules?.acceptedContainers ?? CONTAINERS;
  const formats = containers.map(containerName);
  const accept = acceptFor(containers);
  const [file, setFile] = useState<File | null>(null);
  // 'server': the fallback that streams the file through the API, used when storage cannot be reached directly
  const [mode, setMode] = useState<'direct' | 'server'>('direct');
  const [fallbackOffered, setFallbackOffered] = useState(false);
  const networkFailures = useRef(0);
  const currentFile = useRef<File | null>(null);
  const serverUpload = useRef<AbortController | null>(null);
  const uppyRef = useRef<Uppy<Meta, Body> | null>(null);
  const sessions = useRef(new Map<string, Session>());
  const chunkSizes = useRef(new WeakMap<object, number>());
  const fileIdRef = useRef<string | null>(null);
  const rate = useRef(new TransferRate());
  const onChangedRef = useRef(onChanged);
  onChangedRef.current = onChanged;
  const inputId = useId();
  const resumeInputId = useId();
  const progressId = useId();
  const tRef = useRef(t);
  tRef.current = t;

  useEffect(() => {
    const sessionOf = (file: UppyFile<Meta, Body> | undefined) => {
      const s = file ? sessions.current.get(file.id) : undefined;
      if (!s) throw new Error('no upload session for this file');
      return s;
    };
    const uppy = new Uppy<Meta, Body>({ autoProceed: false, allowMultipleUploadBatches: true, restrictions: { maxNumberOfFiles: 1 } });
    uppy.use(AwsS3<Meta, Body>, {
      shouldUseMultipart: true,
      limit: 4,
      retryDelays: [0, 1000, 3000, 5000],
      // the server chose the part size when the upload was opened
      getChunkSize: (data) => chunkSizes.current.get(data) ?? 8 * 1024 * 1024,
      // eslint-disable-next-line @typescript-eslint/require-await -- async so that a throw reaches uppy as a rejection
      async createMultipartUpload(file) {
        const s = sessionOf(file);
        return { uploadId: s.uploadId, key: s.key };
      },
      async listParts(file, { signal }) {
        const s = sessionOf(file);
        const { parts } = await listParts(entryId, s.assetId, signal ?? undefined);
        return completeParts(parts, s.partSize, s.sizeBytes).map((p) => ({ PartNumber: p.partNumber, ETag: p.etag, Size: p.size }));
      },
      async signPart(file, { partNumber, signal }) {
        const s = sessionOf(file);
        return { method: 'PUT' as const, url: await s.signer.url(partNumber, signal) };
      },
      async completeMultipartUpload(file, { parts, signal }) {
        const s = sessionOf(file);
        dispatch({ type: 'allPartsSent' });
        await completeUpload(
          entryId,
          s.assetId,
          parts.map((p) => ({ partNumber: p.PartNumber!, etag: p.ETag! })),
          signal,
        );
        return {};
      },
      async abortMultipartUpload(file) {
        const s = sessionOf(file);
        clearUpload(entryId);
        await abortUpload(entryId, s.assetId).catch(() => undefined);
      },
    });
    uppy.on('upload-progress', (_file, progress) => {
      if (typeof progress.bytesTotal !== 'number') return;
      rate.current.add(performance.now(), progress.bytesUploaded);
      dispatch({ type: 'progress', bytesUploaded: progress.bytesUploaded, bytesTotal: progress.bytesTotal });
      setStats({ speed: rate.current.bytesPerSecond(), left: rate.current.secondsLeft(progress.bytesTotal) });
    });
    // a stored part shows that storage can be reached: no fallback needed
    uppy.on('s3-multipart:part-uploaded', () => {
      networkFailures.current = 0;
    });
    uppy.on('upload-error', (file, error) => {
      const tt = tRef.current;
      const original = (error as { cause?: unknown }).cause ?? error;
      const apiError = isApiError(original) ? original : isApiError(error) ? error : null;
      // a PUT to storage that fails without an answer (network, proxy, CORS) before any part got through, twice:
      // offer to send the file through our server instead
      if (!apiError && ++networkFailures.current >= 2) setFallbackOffered(true);
      // the server's own words say which part or rule failed; a network failure gets ours
      const text = apiError ? uploadErrorText(tt, apiError) : tt('video.upload.failedNetwork');
      dispatch({ type: 'failed', error: text });
      rate.current.reset();
      // a refused file (not a video, wrong size) or an upload that is over (finished, cancelled, replaced) cannot be retried: start over
      const over = apiError?.reason === 'videos.upload_finished';
      if (apiError && apiError.status >= 400 && apiError.status < 500 && (over || (apiError.status !== 409 && apiError.code !== 'validation_failed'))) {
        clearUpload(entryId);
        if (file) sessions.current.delete(file.id);
        onChangedRef.current();
      }
    });
    uppy.on('upload-success', (file) => {
      dispatch({ type: 'succeeded' });
      clearUpload(entryId);
      if (file) {
        sessions.current.delete(file.id);
        uppy.removeFile(file.id);
      }
      fileIdRef.current = null;
      onChangedRef.current();
    });
    uppyRef.current = uppy;
    return () => {
      serverUpload.current?.abort();
      uppy.destroy();
      uppyRef.current = null;
    };
  }, [entryId]);

  const begin = useCallback(
    async (file: File, saved: SavedUpload | null) => {
      const uppy = uppyRef.current;
      if (!uppy) return;
      setChoiceError(null);
      setRefused(null);
      if (file.size === 0) return setChoiceError(t('video.upload.emptyFile'));
      if (!saved) {
        // before any byte is sent: what this browser can read of the file, against the competition's rules
        setChecking(true);
        const facts = await readFileFacts(file);
        setChecking(false);
        const problems = rules
          ? preflightProblems(facts, rules)
          : file.size > maxBytes
            ? [{ code: 'file_too_large' as const, params: { bytes: file.size, max: maxBytes } }]
            : [];
        if (problems.length) return setRefused(problems);
      }
      const contentType = videoContentType(file);
      if (!contentType) return setChoiceError(t('video.upload.notAVideoFile', { formats }));
      dispatch({ type: 'start', fileName: file.name, bytesTotal: file.size });
      rate.current.reset();
      currentFile.current = file;
      networkFailures.current = 0;
      setFallbackOffered(false);
      setMode('direct');
      let session: SavedUpload;
      try {
        if (saved) session = saved;
        else {
          const started = await startUpload(entryId, { fileName: file.name, sizeBytes: file.size, contentType });
          session = {
            entryId,
            assetId: started.assetId,
            uploadId: started.uploadId,
            key: started.key,
            partSize: started.partSize,
            partCount: started.partCount,
            fileName: file.name,
            sizeBytes: file.size,
            lastModified: file.lastModified,
            savedAt: new Date().toISOString(),
          };
          saveUpload(session);
          // the server now reports the video as uploading
          onChangedRef.current();
        }
      } catch (e) {
        dispatch({ type: 'failed', error: uploadErrorText(t, e) });
        return;
      }
      for (const f of uppy.getFiles()) uppy.removeFile(f.id);
      chunkSizes.current.set(file, session.partSize);
      const id = uppy.addFile({ name: file.name, type: contentType, data: file, source: 'local' });
      // with an uploadId and key on the file, Uppy lists the stored parts first and sends only the missing ones
      uppy.setFileState(id, { s3Multipart: { uploadId: session.uploadId, key: session.key } } as Partial<UppyFile<Meta, Body>>);
      const signer = new PartSigner((numbers, signal) => signParts(entryId, session.assetId, numbers, signal), session.partCount, { batchSize: 10 });
      sessions.current.set(id, { ...session, signer });
      fileIdRef.current = id;
      dispatch({ type: 'started' });
      void uppy.upload().catch(() => undefined);
    },
    [entryId, maxBytes, rules, t, formats],
  );

  /** Drops the direct upload (and its stored parts) and streams the same file through the API, with progress. */
  const throughServer = async () => {
    const chosen = currentFile.current;
    const uppy = uppyRef.current;
    if (!chosen) return;
    const id = fileIdRef.current;
    if (id && uppy && uppy.getFile(id)) uppy.removeFile(id);
    fileIdRef.current = null;
    clearUpload(entryId);
    setMode('server');
    setFallbackOffered(false);
    dispatch({ type: 'start', fileName: chosen.name, bytesTotal: chosen.size });
    dispatch({ type: 'started' });
    rate.current.reset();
    setStats({ speed: null, left: null });
    const controller = new AbortController();
    serverUpload.current = controller;
    try {
      await uploadVideoThroughServer(entryId, chosen, {
        signal: controller.signal,
        onProgress: (loaded, total) => {
          rate.current.add(performance.now(), loaded);
          dispatch({ type: 'progress', bytesUploaded: loaded, bytesTotal: total });
          setStats({ speed: rate.current.bytesPerSecond(), left: rate.current.secondsLeft(total) });
        },
        onSent: () => dispatch({ type: 'allPartsSent' }),
      });
      dispatch({ type: 'succeeded' });
      currentFile.current = null;
      onChangedRef.current();
    } catch (e) {
      if (controller.signal.aborted) return;
      dispatch({ type: 'failed', error: uploadErrorText(t, e) });
      onChangedRef.current();
    } finally {
      if (serverUpload.current === controller) serverUpload.current = null;
    }
  };

  const pauseOrResume = () => {
    const id = fileIdRef.current;
    if (!id || !uppyRef.current) return;
    const paused = uppyRef.current.pauseResume(id);
    dispatch({ type: paused ? 'pause' : 'resume' });
    rate.current.reset();
    setStats({ speed: null, left: null });
  };

  const retry = () => {
    if (mode === 'server') return void throughServer();
    const id = fileIdRef.current;
    if (!id || !uppyRef.current || !sessions.current.has(id)) {
      dispatch({ type: 'cancel' });
      return;
    }
    dispatch({ type: 'retry' });
    rate.current.reset();
    void uppyRef.current.retryUpload(id).catch(() => undefined);
  };

  const cancel = () => {
    serverUpload.current?.abort();
    serverUpload.current = null;
    currentFile.current = null;
    setMode('direct');
    setFallbackOffered(false);
    const id = fileIdRef.current;
    const uppy = uppyRef.current;
    if (id && uppy && uppy.getFile(id)) uppy.removeFile(id);
    else if (resumable) void abortUpload(entryId, resumable.assetId).catch(() => undefined);
    clearUpload(entryId);
    fileIdRef.current = null;
    dispatch({ type: 'cancel' });
    setStats({ speed: null, left: null });
    onChangedRef.current();
  };

  const percent = percentOf(state);
  const busy = isBusy(state) || state.phase === 'failed';

  return (
    <div className="uploader">
      {!busy && resumable ? (
        <div className="notice notice-info" role="region" aria-label={t('video.upload.resumeTitle')}>
          <p className="notice-title">{t('video.upload.resumeTitle')}</p>
          <p>{t('video.upload.resumeText', { name: resumable.fileName, size: formatFileSize(resumable.sizeBytes, lng) })}</p>
          <div className="field">
            <label htmlFor={resumeInputId} className="field-label">
              {t('video.upload.resumeChoose')}
            </label>
            <input
              id={resumeInputId}
              type="file"
              accept={accept}
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                e.target.value = '';
                if (!chosen) return;
                if (!isSameFile(resumable, chosen)) return setChoiceError(t('video.upload.notSameFile', { name: resumable.fileName }));
                void begin(chosen, resumable);
              }}
            />
          </div>
          <Button variant="secondary" onClick={cancel}>
            {t('video.upload.discard')}
          </Button>
        </div>
      ) : null}

      {!busy && !resumable ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (checking) return;
            if (file) void begin(file, null);
            else setChoiceError(t('video.upload.chooseFirst'));
          }}
        >
          <div className="field">
            <label htmlFor={inputId} className="field-label">
              {t('video.upload.file')}
            </label>
            <p id={`${inputId}-hint`} className="field-hint">
              {t('video.upload.fileHint', { formats, max: formatFileSize(maxBytes, lng) })}
              {rules ? <> {t('video.upload.durationHint', { min: rules.minDurationSeconds, max: rules.maxDurationSeconds })}</> : null}{' '}
              {t('video.upload.resumeHint')}
            </p>
            <input
              id={inputId}
              type="file"
              accept={accept}
              aria-describedby={`${inputId}-hint`}
              onChange={(e) => {
                setChoiceError(null);
                setRefused(null);
                setFile(e.target.files?.[0] ?? null);
              }}
            />
          </div>
          <div>
            <Button type="submit" busy={checking}>
              {checking ? t('video.preflight.checking') : t('video.upload.start')}
            </Button>
          </div>
        </form>
      ) : null}

      {refused ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('video.preflight.title')}</p>
          <ul>
            {refused.map((p) => (
              <li key={p.code}>{videoProblemText(t, p)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {choiceError ? (
        <p className="field-error" role="alert">
          {choiceError}
        </p>
      ) : null}

      {state.phase !== 'idle' && state.phase !== 'done' ? (
        <div className="upload-progress">
          <p className="upload-file">
            {state.fileName} <span className="muted">({formatFileSize(state.bytesTotal, lng)})</span>
          </p>
          <label htmlFor={progressId} className="field-label">
            {t('video.upload.progressLabel')}
          </label>
          <progress id={progressId} max={100} value={percent} aria-valuetext={t('video.upload.percent', { percent })}>
            {t('video.upload.percent', { percent })}
          </progress>
          <p className="upload-stats" aria-live="polite">
            <strong>{t('video.upload.percent', { percent })}</strong>
            {state.phase === 'uploading' && stats.speed ? <> · {t('video.upload.speed', { speed: formatFileSize(stats.speed, lng) })}</> : null}
            {state.phase === 'uploading' && stats.left !== null ? (
              <> · {t('video.upload.timeLeft', { time: formatDuration(stats.left < 60 ? stats.left : Math.ceil(stats.left / 60) * 60, lng) })}</>
            ) : null}
            {' · '}
            {t(`video.upload.phase.${state.phase}`)}
          </p>
          {state.error ? (
            <p className="field-error" role="alert">
              {state.error}
            </p>
          ) : null}
          {fallbackOffered && mode === 'direct' && state.phase === 'failed' ? (
            <div className="notice notice-info">
              <p>{t('video.upload.fallbackText')}</p>
              <Button onClick={() => void throughServer()}>{t('video.upload.fallback')}</Button>
            </div>
          ) : null}
          <div className="inline-actions">
            {mode === 'direct' && canPause(state) ? (
              <Button variant="secondary" onClick={pauseOrResume}>
                {t('video.upload.pause')}
              </Button>
            ) : null}
            {canResume(state) ? <Button onClick={pauseOrResume}>{t('video.upload.resume')}</Button> : null}
            {canRetry(state) ? <Button onClick={retry}>{t('video.upload.retry')}</Button> : null}
            {canCancel(state) ? (
              <Button variant="danger" onClick={cancel}>
                {t('video.upload.cancel')}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
