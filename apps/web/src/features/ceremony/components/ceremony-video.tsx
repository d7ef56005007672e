import { useEffect, useRef, useState } from 'react';
import { useLadder } from '../../../components/media/use-ladder';
import { useTranslation } from '../../../lib/use-translation';
import { languageLabel } from '../../../lib/languages';
import type { CeremonyEntry } from '../api/get-ceremony';
import type { VideoState } from '../utils/channel';
import { trackFor } from '../utils/steps';

/**
 * The winner's video (its adaptive ladder where it has one: useLadder), with its poster until playback starts and the subtitle track of the display language (else
 * English) on. It keeps the URL it started with while the deck is fetched again in the background, and moves to the
 * fresh one (at the same point) only when the old one fails.
 *
 * In the presenter's window it plays on arrival and reports each play, pause and seek (`onStateChange`), muted while
 * an audience window plays the sound. In the audience window it follows those reports (`follow`) and shows no
 * controls of its own; alone (nothing to follow), it plays on arrival as the single deck does.
 */
export function CeremonyVideo({
  entry,
  display,
  title,
  muted = false,
  onStateChange,
  follow,
}: {
  entry: CeremonyEntry;
  display: string;
  title: string;
  muted?: boolean;
  onStateChange?: (state: VideoState) => void;
  /** undefined: not following anyone; null: following, nothing reported yet (stay on the poster) */
  follow?: VideoState | null;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLVideoElement>(null);
  const latest = useRef(entry);
  latest.current = entry;
  const [media, setMedia] = useState({ url: entry.videoUrl ?? '', subtitles: entry.subtitles });
  // the ladder where there is one (the room's network may be poor): the quality adapts, the MP4 is the fallback
  const ladder = useLadder(ref, entry.hlsUrl ?? null);
  const resumeAt = useRef<number | null>(null);
  const preferred = trackFor(
    media.subtitles.map((s) => s.language),
    display,
  );

  const following = follow !== undefined;
  useEffect(() => {
    const v = ref.current;
    if (following || !v || typeof v.play !== 'function') return;
    const p = v.play() as Promise<void> | undefined;
    p?.catch?.(() => undefined);
  }, [media.url, following]);

  // the audience's copy does what the presenter's does: the same point (within a second), playing or paused
  useEffect(() => {
    const v = ref.current;
    if (!v || !follow) return;
    if (Math.abs(v.currentTime - follow.time) > 1) v.currentTime = follow.time;
    if (follow.playing && v.paused) (v.play() as Promise<void> | undefined)?.catch?.(() => undefined);
    if (!follow.playing && !v.paused) v.pause();
  }, [follow]);

  const report = () => {
    const v = ref.current;
    if (v && onStateChange) onStateChange({ playing: !v.paused, time: v.currentTime });
  };

  // show the chosen track (the default attribute only counts when the element loads)
  useEffect(() => {
    const tracks = ref.current?.textTracks;
    if (!tracks) return;
    for (let i = 0; i < tracks.length; i++) {
      const tr = tracks[i];
      tr.mode = tr.language === preferred ? 'showing' : 'disabled';
    }
  }, [preferred, media]);

  const onError = () => {
    if (ladder.mode === 'hls') return;
    const fresh = latest.current;
    if (!fresh.videoUrl || fresh.videoUrl === media.url) return;
    resumeAt.current = ref.current?.currentTime ?? 0;
    setMedia({ url: fresh.videoUrl, subtitles: fresh.subtitles });
  };

  return (
    <video
      ref={ref}
      className="ceremony-video"
      src={ladder.mode === 'mp4' ? media.url : ladder.mode === 'native' ? (entry.hlsUrl ?? undefined) : undefined}
      poster={entry.posterUrl ?? undefined}
      controls={!following}
      autoPlay={!following}
      muted={muted}
      playsInline
      crossOrigin="anonymous"
      aria-label={t('ceremony.video.label', { title })}
      data-testid="ceremony-video"
      onError={onError}
      onPlay={report}
      onPause={report}
      onSeeked={report}
      onLoadedMetadata={() => {
        if (resumeAt.current !== null && ref.current) {
          ref.current.currentTime = resumeAt.current;
          resumeAt.current = null;
        }
      }}
    >
      {media.subtitles.map((s) => (
        <track
          key={`${s.language}-${s.url}`}
          kind="subtitles"
          src={s.url}
          srcLang={s.language}
          label={languageLabel(s.language, i18n.language)}
          default={s.language === preferred}
        />
      ))}
    </video>
  );
}
