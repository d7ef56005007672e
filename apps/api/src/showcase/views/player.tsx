import type { PublicWork } from '../showcase.service.js';
import type { Translator } from '../showcase-i18n.js';
import { showcasePaths } from '../showcase-paths.js';

/** The caption track shown by default: the viewer's language when there is one, else English. */
export function defaultCaption(work: PublicWork, lang: string): string | null {
  if (work.captions.includes(lang)) return lang;
  return work.captions.includes('en') ? 'en' : null;
}

/** The web rendition in a native player: nothing loads until play (preload none), captions are same-origin tracks. */
export function Player({ t, slug, work }: { t: Translator; slug: string; work: PublicWork }) {
  const chosen = defaultCaption(work, t.lang);
  return (
    <figure className="player">
      <video
        controls
        preload="none"
        playsInline
        poster={work.hasPoster ? showcasePaths.poster(slug, work.code) : undefined}
        width={work.width}
        height={work.height}
        aria-label={t.t('player.label', { title: work.title })}
      >
        <source src={showcasePaths.video(slug, work.code)} type="video/mp4" />
        {work.captions.map((lng) => (
          <track
            key={lng}
            kind="subtitles"
            srcLang={lng}
            label={t.languageName(lng)}
            src={showcasePaths.captions(slug, work.code, lng)}
            default={lng === chosen}
          />
        ))}
        <p>
          {t.t('player.fallback')} <a href={showcasePaths.video(slug, work.code)}>{t.t('player.download')}</a>
        </p>
      </video>
    </figure>
  );
}
