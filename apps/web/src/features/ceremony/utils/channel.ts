import { useEffect, useRef } from 'react';

/**
 * The presenter and audience windows of one ceremony keep in step through a BroadcastChannel (same origin, same
 * browser): the presenter says which slide is on screen, in which language, and what the video is doing; the
 * audience window asks for that when it opens, and sends the clicker's keys back when it has the focus.
 */
export type Move = 'next' | 'previous' | 'first' | 'last';

/** The video of the slide on screen: playing or paused, at this second. */
export interface VideoState {
  playing: boolean;
  time: number;
}

export interface DeckState {
  stepId: string;
  display: string;
  video: VideoState | null;
}

export type CeremonyMessage =
  /** the presenter's state, after each change and in answer to `hello` */
  | ({ type: 'state' } & DeckState)
  /** an audience window opened (or asks again) */
  | { type: 'hello' }
  /** a window closes: an audience window (the presenter marks it gone) or the presenter's (the audience goes alone) */
  | { type: 'goodbye'; role: 'audience' | 'presenter' }
  /** a key pressed in the audience window, for the presenter to apply */
  | { type: 'move'; move: Move };

export const channelName = (competitionId: string) => `clapper-ceremony:${competitionId}`;

const MOVES: readonly string[] = ['next', 'previous', 'first', 'last'];

/** The message, if it is one of ours (anything else on the channel is ignored). */
export function asMessage(data: unknown): CeremonyMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'hello':
      return { type: 'hello' };
    case 'goodbye':
      return m.role === 'audience' || m.role === 'presenter' ? { type: 'goodbye', role: m.role } : null;
    case 'move':
      return typeof m.move === 'string' && MOVES.includes(m.move) ? { type: 'move', move: m.move as Move } : null;
    case 'state': {
      if (typeof m.stepId !== 'string' || typeof m.display !== 'string') return null;
      const v = m.video as Record<string, unknown> | null | undefined;
      const video = v && typeof v.playing === 'boolean' && typeof v.time === 'number' ? { playing: v.playing, time: v.time } : null;
      return { type: 'state', stepId: m.stepId, display: m.display, video };
    }
    default:
      return null;
  }
}

export interface CeremonyChannel {
  post(message: CeremonyMessage): void;
}

/**
 * Opens the ceremony's channel while the component is mounted and hands each of our messages to `onMessage` (the
 * latest one given). Without BroadcastChannel (an old browser) posting does nothing: the deck still works alone.
 */
export function useCeremonyChannel(competitionId: string, onMessage: (m: CeremonyMessage) => void): CeremonyChannel {
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  });
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(channelName(competitionId));
    channel.current = ch;
    ch.onmessage = (e: MessageEvent) => {
      const m = asMessage(e.data);
      if (m) handler.current(m);
    };
    return () => {
      channel.current = null;
      ch.close();
    };
  }, [competitionId]);
  const api = useRef<CeremonyChannel>({ post: (m) => channel.current?.postMessage(m) });
  return api.current;
}
