import type { PublicWork } from '../showcase.service.js';
import type { Translator } from '../showcase-i18n.js';
import { showcasePaths } from '../showcase-paths.js';
import { HLS_LIBRARY_VERSION } from './assets.js';

/** The caption track shown by default: the viewer's language when there is one, else English. */
export function defaultCaption(work: PublicWork, lang: string): string | null {
  if (work.captions.includes(lang)) return lang;
  return work.captions.includes('en') ? 'en' : null;
}

/**
 * The native player with the web rendition and same-origin caption tracks; nothing loads until play (preload none).
 * With a ladder (issue 18), the showcase script plays it instead where the browser can (hls.js on Media Source
 * Extensions, loaded on the first play; Safari's own HLS), and shows the quality menu; the MP4 stays the fallback.
 */
export function Player({ t, slug, work }: { t: Translator; slug: string; work: PublicWork }) {
  const chosen = defaultCaption(work, t.lang);
  const ladder = work.ladder;
  const qualityId = `quality-${work.code}`;
  return (
    <div className="player-box">
      <figure className="player">
        <video
          controls
          preload="none"
          playsInline
          poster={work.hasPoster ? showcasePaths.poster(slug, work.code) : undefined}
          width={work.width}
          height={work.height}
          aria-label={t.t('player.label', { title: work.title })}
          data-hls={ladder ? showcasePaths.ladder(slug, work.code, ladder.hash) : undefined}
          data-hls-lib={ladder ? `${showcasePaths.hlsLibrary}?v=${HLS_LIBRARY_VERSION}` : undefined}
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
      {ladder ? (
        <div className="quality" data-quality hidden>
          <label htmlFor={qualityId}>{t.t('player.quality')}</label>
          <select id={qualityId} data-auto-label={t.t('player.autoAt', { rung: '{rung}' })}>
            <option value="-1">{t.t('player.auto')}</option>
            {ladder.rungs.map((name, i) => (
              <option key={name} value={i}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}
