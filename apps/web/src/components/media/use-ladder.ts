import type HlsType from 'hls.js';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { ladderMode, loadHls, type LadderMode } from './hls-library';

/** A rung's name from its picture: the short side and a 'p' (as the platform names them). */
export const rungName = (level: { width: number; height: number }) => `${Math.min(level.width, level.height)}p`;

export interface LadderState {
  /** how the video plays: the ladder through hls.js, the ladder by the browser itself, or the MP4 */
  mode: LadderMode;
  /** the rungs hls.js offers, smallest first (empty until the playlist is read) */
  rungs: string[];
  /** the rung playing now */
  rung: string | null;
  /** the viewer's choice: null for automatic */
  chosen: string | null;
  choose: (rung: string | null) => void;
  /** for a lazy player: the viewer pressed play (the element has no source until then); call from onPlay */
  start: () => void;
}

/**
 * Plays a video's adaptive ladder (issue 18) in `ref`'s element: through hls.js where Media Source Extensions exist
 * (the library is fetched when the player mounts, or for a `lazy` one when it is first played), or the browser's own
 * HLS. When the ladder fails (its signed URL
 * expired, a segment is missing), it moves to `fresh` (the latest URL the caller has) once, then to the MP4, at
 * the same point. `startRung`: the rung to begin with (the judge's last), else the player's own guess.
 */
export function useLadder(
  ref: RefObject<HTMLVideoElement | null>,
  url: string | null,
  o: { startRung?: string | null; onRung?: (rung: string) => void; lazy?: boolean } = {},
): LadderState {
  const [mode, setMode] = useState<LadderMode>(() => ladderMode(url !== null));
  // a lazy player (one of many on a page) fetches nothing until played
  const [active, setActive] = useState(!o.lazy);
  const wantsPlay = useRef(false);
  const [rungs, setRungs] = useState<string[]>([]);
  const [rung, setRung] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const hlsRef = useRef<HlsType | null>(null);
  const latestUrl = useRef(url);
  latestUrl.current = url;
  const options = useRef(o);
  options.current = o;

  useEffect(() => {
    const video = ref.current;
    if (mode !== 'hls' || !active || !video || !latestUrl.current) return;
    let gone = false;
    let loaded = latestUrl.current;
    const fallBack = () => {
      const at = video.currentTime;
      const playing = !video.paused;
      hlsRef.current?.destroy();
      hlsRef.current = null;
      if (gone) return;
      setMode('mp4');
      video.addEventListener(
        'loadedmetadata',
        () => {
          if (at) video.currentTime = at;
          if (playing) video.play().catch(() => undefined);
        },
        { once: true },
      );
    };
    loadHls().then(
      (Hls) => {
        if (gone) return;
        if (!Hls.isSupported()) return fallBack();
        const hls = new Hls({ enableWorker: false });
        hlsRef.current = hls;
        hls.on(Hls.Events.MANIFEST_PARSED, (_, data) => {
          const names = data.levels.map(rungName);
          setRungs(names);
          const start = options.current.startRung ? names.indexOf(options.current.startRung) : -1;
          if (start >= 0) hls.startLevel = start;
          if (wantsPlay.current) video.play().catch(() => undefined);
        });
        hls.on(Hls.Events.LEVEL_SWITCHED, (_, data) => {
          const level = hls.levels[data.level];
          if (!level) return;
          setRung(rungName(level));
          options.current.onRung?.(rungName(level));
        });
        hls.on(Hls.Events.ERROR, (_, data) => {
          if (!data.fatal) return;
          const fresh = latestUrl.current;
          // an expired signature: the caller has fetched a fresh URL meanwhile; go on from it once
          if (data.type === Hls.ErrorTypes.NETWORK_ERROR && fresh && fresh !== loaded) {
            loaded = fresh;
            const at = video.currentTime;
            hls.loadSource(fresh);
            hls.startLoad(at);
            return;
          }
          fallBack();
        });
        hls.attachMedia(video);
        hls.loadSource(loaded);
      },
      () => fallBack(),
    );
    return () => {
      gone = true;
      hlsRef.current?.destroy();
      hlsRef.current = null;
    };
    // once per player and mode: a fresh URL is taken up only when the old one fails (above)
  }, [mode, active, ref]);

  const choose = (name: string | null) => {
    setChosen(name);
    const hls = hlsRef.current;
    if (!hls) return;
    // a choice switches now (the buffer is flushed); automatic lets the player decide from the next segment
    hls.currentLevel = name === null ? -1 : hls.levels.findIndex((l) => rungName(l) === name);
  };

  const start = () => {
    if (active) return;
    wantsPlay.current = true;
    setActive(true);
  };

  return { mode, rungs, rung, chosen, choose, start };
}
