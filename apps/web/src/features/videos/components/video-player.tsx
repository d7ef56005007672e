import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTrackLanguage, languageLabel } from '../../../lib/languages';
import type { Subtitle } from '../api/get-subtitles';

/**
 * The web rendition with its poster and one subtitle track per language; the default track is the viewer's
 * language when there is one, else English. The URLs are presigned on another origin, hence crossOrigin.
 */
export function VideoPlayer({ url, posterUrl, subtitles, title }: { url: string; posterUrl: string | null; subtitles: Subtitle[]; title: string }) {
  const { t, i18n } = useTranslation();
  // keep the first URL: a refreshed presigned URL must not restart a video being watched
  const [src] = useState(url);
  const [poster] = useState(posterUrl);
  const languages = subtitles.map((s) => s.language);
  const preferred = defaultTrackLanguage(languages, i18n.language);
  return (
    <div className="player">
      <video controls crossOrigin="anonymous" preload="metadata" playsInline poster={poster ?? undefined} aria-label={t('video.player.label', { title })}>
        <source src={src} type="video/mp4" />
        {subtitles.map((s) => (
          <track key={`${s.language}-${s.updatedAt}`} kind="subtitles" src={s.url} srcLang={s.language} label={languageLabel(s.language, i18n.language)} default={s.language === preferred} />
        ))}
        {t('video.player.unsupported')}
      </video>
    </div>
  );
}
