import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../lib/use-translation';
import type { Schemas } from '../../lib/api-client';
import { defaultTrackLanguage, languageLabel } from '../../lib/languages';
import { refreshDelayMs } from './playback-refresh';
import { QualityMenu } from './quality-menu';
import { SceneStrip } from './scene-strip';
import { useLadder } from './use-ladder';

/** The rung a viewer last played at, kept in this browser under `key`. */
function readRung(key: string): string | null {
  try {
    return window.localStorage.getItem(`clapper:rung:${key}`);
  } catch {
    return null;
  }
}

function keepRung(key: string, rung: string): void {
  try {
    window.localStorage.setItem(`clapper:rung:${key}`, rung);
  } catch {
    // private browsing: the next video starts at the player's own guess
  }
}

/** What the player needs of a subtitle track: its language and presigned WebVTT URL. */
export type PlayerSubtitle = Pick<Schemas['SubtitleDto'], 'language' | 'url' | 'updatedAt'>;

export interface VideoPlayerProps {
  url: string;
  /** the adaptive ladder's signed master playlist, when the video has one */
  hlsUrl?: string | null;
  /** where the rung last played is kept, so the next video starts at it (the judge's panel) */
  rungMemory?: string;
  /** one of many players on a page: nothing of the ladder loads until it is played */
  lazy?: boolean;
  /** the ladder's seeking previews: a strip of scenes to jump to, beneath the player */
  previews?: Schemas['PreviewsDto'] | null;
  posterUrl: string | null;
  /** when the presigned URLs stop working */
  expiresAt: string;
  subtitles: PlayerSubtitle[];
  title: string;
  /** asks for the video status again, which brings fresh presigned URLs */
  onRefresh: () => void;
}

/**
 * The adaptive ladder where the video has one and the browser can play it (useLadder: a quality menu beneath), else
 * the web rendition; with its poster and one subtitle track per language; the default track is the viewer's
 * language when there is one, else English. The URLs are presigned on another origin, hence crossOrigin.
 * They expire: shortly before, or when the video fails to load, the status is asked again and the player moves to
 * the new URL at the same point (and keeps playing if it was).
 */
export function VideoPlayer({
  url,
  hlsUrl = null,
  rungMemory,
  lazy = false,
  previews = null,
  posterUrl,
  expiresAt,
  subtitles,
  title,
  onRefresh,
}: VideoPlayerProps) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLVideoElement>(null);
  const [current, setCurrent] = useState({ url, posterUrl, expiresAt });
  const ladder = useLadder(ref, hlsUrl, {
    startRung: rungMemory ? readRung(rungMemory) : null,
    onRung: rungMemory ? (rung) => keepRung(rungMemory, rung) : undefined,
    lazy,
  });
  // set when we asked for fresh URLs; other refetches leave a video being watched alone
  const wanted = useRef(false);
  const resumeAt = useRef<{ time: number; playing: boolean } | null>(null);
  const lastErrorRefresh = useRef(0);
  const onRefreshRef = useRef(onRefresh);
  onRefreshRef.current = onRefresh;

  useEffect(() => {
    if (url === current.url || !wanted.current) return;
    wanted.current = false;
    const v = ref.current;
    if (v) resumeAt.current = { time: v.currentTime, playing: !v.paused && !v.ended };
    setCurrent({ url, posterUrl, expiresAt });
  }, [url, posterUrl, expiresAt, current.url]);

  useEffect(() => {
    const timer = window.setTimeout(
      () => {
        wanted.current = true;
        onRefreshRef.current();
      },
      refreshDelayMs(current.expiresAt, Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [current.expiresAt]);

  const onError = () => {
    // the ladder's own failures are handled by useLadder (a fresh URL, then the MP4)
    if (ladder.mode === 'hls') return;
    // an expired URL answers 403; ask for new ones, but not in a loop
    const now = Date.now();
    if (now - lastErrorRefresh.current < 10_000) return;
    lastErrorRefresh.current = now;
    const v = ref.current;
    if (v && v.currentTime > 0) resumeAt.current = { time: v.currentTime, playing: false };
    wanted.current = true;
    onRefreshRef.current();
  };

  const onLoadedMetadata = () => {
    const v = ref.current;
    const at = resumeAt.current;
    if (!v || !at) return;
    resumeAt.current = null;
    v.currentTime = at.time;
    if (at.playing) void v.play().catch(() => undefined);
  };

  const languages = subtitles.map((s) => s.language);
  const preferred = defaultTrackLanguage(languages, i18n.language);
  return (
    <div className="player">
      <video
        ref={ref}
        src={ladder.mode === 'mp4' ? current.url : ladder.mode === 'native' ? (hlsUrl ?? undefined) : undefined}
        controls
        crossOrigin="anonymous"
        preload="metadata"
        playsInline
        poster={current.posterUrl ?? undefined}
        aria-label={t('video.player.label', { title })}
        onError={onError}
        onPlay={ladder.start}
        onLoadedMetadata={onLoadedMetadata}
      >
        {subtitles.map((s) => (
          <track
            key={`${s.language}-${s.updatedAt}`}
            kind="subtitles"
            src={s.url}
            srcLang={s.language}
            label={languageLabel(s.language, i18n.language)}
            default={s.language === preferred}
          />
        ))}
        {t('video.player.unsupported')}
      </video>
      <QualityMenu ladder={ladder} />
      {previews && previews.count > 1 ? <SceneStrip previews={previews} video={ref} /> : null}
    </div>
  );
}
