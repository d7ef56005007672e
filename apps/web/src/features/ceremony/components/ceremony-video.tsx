import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { languageLabel } from '../../../lib/languages';
import type { CeremonyEntry } from '../api/get-ceremony';
import { trackFor } from '../utils/steps';

/**
 * The winner's video, playing on arrival, with the subtitle track of the display language (else English) on.
 * It keeps the URL it started with while the deck is fetched again in the background, and moves to the fresh one
 * (at the same point) only when the old one fails.
 */
export function CeremonyVideo({ entry, display, title }: { entry: CeremonyEntry; display: string; title: string }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLVideoElement>(null);
  const latest = useRef(entry);
  latest.current = entry;
  const [media, setMedia] = useState({ url: entry.videoUrl ?? '', subtitles: entry.subtitles });
  const resumeAt = useRef<number | null>(null);
  const preferred = trackFor(
    media.subtitles.map((s) => s.language),
    display,
  );

  useEffect(() => {
    const v = ref.current;
    if (!v || typeof v.play !== 'function') return;
    const p = v.play() as Promise<void> | undefined;
    p?.catch?.(() => undefined);
  }, [media.url]);

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
    const fresh = latest.current;
    if (!fresh.videoUrl || fresh.videoUrl === media.url) return;
    resumeAt.current = ref.current?.currentTime ?? 0;
    setMedia({ url: fresh.videoUrl, subtitles: fresh.subtitles });
  };

  return (
    <video
      ref={ref}
      className="ceremony-video"
      src={media.url}
      poster={entry.posterUrl ?? undefined}
      controls
      autoPlay
      playsInline
      crossOrigin="anonymous"
      aria-label={t('ceremony.video.label', { title })}
      onError={onError}
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
