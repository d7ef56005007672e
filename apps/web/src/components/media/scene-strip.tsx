import { useEffect, useState, type RefObject } from 'react';
import type { Schemas } from '../../lib/api-client';
import { useTranslation } from '../../lib/use-translation';

/** At most this many scenes in the strip, evenly spread over the video. */
export const MAX_SCENES = 12;
/** How wide each scene shows, in CSS pixels (the sprite's tiles are scaled to it). */
const SCENE_WIDTH = 96;

/** The tiles to show of a sprite of `count`: every one when few, else MAX_SCENES spread from the first to the last. */
export function sceneTiles(count: number): number[] {
  if (count <= MAX_SCENES) return Array.from({ length: count }, (_, i) => i);
  return Array.from({ length: MAX_SCENES }, (_, i) => Math.round((i * (count - 1)) / (MAX_SCENES - 1)));
}

/**
 * The video's seeking previews as a strip of scenes beneath the player (issue 18): a judge with 40 videos sees where
 * a video goes and jumps to a scene with a click or the keyboard. Each is a tile of the ladder's sprite; the scene
 * playing now is marked.
 */
export function SceneStrip({ previews, video }: { previews: Schemas['PreviewsDto']; video: RefObject<HTMLVideoElement | null> }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(0);
  useEffect(() => {
    const v = video.current;
    if (!v) return;
    const onTime = () => setNow(v.currentTime);
    v.addEventListener('timeupdate', onTime);
    return () => v.removeEventListener('timeupdate', onTime);
  }, [video]);

  const tiles = sceneTiles(previews.count);
  const scale = SCENE_WIDTH / previews.width;
  const current = tiles.findLastIndex((tile) => tile * previews.every <= now + 0.01);
  const jump = (seconds: number) => {
    const v = video.current;
    if (!v) return;
    v.currentTime = seconds;
    if (v.paused) void v.play().catch(() => undefined);
  };
  return (
    <nav className="scene-strip" aria-label={t('video.player.scenes')}>
      <ol>
        {tiles.map((tile, i) => {
          const seconds = tile * previews.every;
          return (
            <li key={tile}>
              <button
                type="button"
                aria-current={i === current ? 'true' : undefined}
                aria-label={t('video.player.jumpTo', { seconds })}
                title={t('video.player.jumpTo', { seconds })}
                onClick={() => jump(seconds)}
              >
                <span
                  aria-hidden="true"
                  className="scene-strip-tile"
                  style={{
                    width: SCENE_WIDTH,
                    height: Math.round(previews.height * scale),
                    backgroundImage: `url("${previews.spriteUrl}")`,
                    backgroundSize: `${previews.columns * previews.width * scale}px auto`,
                    backgroundPosition: `${-(tile % previews.columns) * previews.width * scale}px ${-Math.floor(tile / previews.columns) * previews.height * scale}px`,
                  }}
                />
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
