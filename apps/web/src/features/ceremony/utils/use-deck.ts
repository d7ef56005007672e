import { useCallback, useEffect, useMemo, useState } from 'react';
import { loadLocale } from '../../../lib/i18n';
import type { TFunction } from '../../../lib/translator';
import { useTranslation } from '../../../lib/use-translation';
import type { CeremonyDeck } from '../api/get-ceremony';
import type { Move } from './channel';
import { buildSteps, keyToMove, type Step } from './steps';

export interface DeckPosition {
  steps: Step[];
  /** the index of the slide on screen */
  at: number;
  step: Step;
  /** the slide after it, null on the last */
  next: Step | null;
  last: number;
  go: (move: Move) => void;
  /** puts this slide on screen (the presenter's, in the audience window); unknown ids are ignored */
  show: (stepId: string) => void;
  display: string;
  setDisplay: (language: string) => void;
  /** the slides' words in the ceremony's language (not the presenter's): its catalogs are fetched when chosen */
  st: TFunction;
}

/**
 * Where the deck stands: the slide on screen, kept by id (a deck fetched again with a slide more or less stays on
 * it, see buildSteps), and the ceremony's language: the one the organiser chose (kept on the competition), else the
 * reader's when the competition has it, else English.
 */
export function useDeckPosition(deck: CeremonyDeck): DeckPosition {
  const { i18n } = useTranslation();
  const steps = useMemo(() => buildSteps(deck), [deck]);
  const [currentId, setCurrentId] = useState('title');
  const [display, setDisplay] = useState(() =>
    deck.language && deck.languages.includes(deck.language)
      ? deck.language
      : deck.languages.includes(i18n.language)
        ? i18n.language
        : deck.languages.includes('en')
          ? 'en'
          : (deck.languages[0] ?? 'en'),
  );
  // the slides speak the ceremony's language: its catalogs arrive (the page renders again), English until then
  useEffect(() => {
    void loadLocale(display).catch(() => undefined);
  }, [display]);
  const st = i18n.getFixedT(display);
  const found = steps.findIndex((s) => s.id === currentId);
  const last = steps.length - 1;
  const at = Math.min(found === -1 ? 0 : found, last);
  const go = useCallback(
    (move: Move) => {
      const to = move === 'next' ? Math.min(at + 1, last) : move === 'previous' ? Math.max(at - 1, 0) : move === 'first' ? 0 : last;
      setCurrentId(steps[to].id);
    },
    [at, last, steps],
  );
  const show = useCallback((stepId: string) => setCurrentId((cur) => (steps.some((s) => s.id === stepId) ? stepId : cur)), [steps]);
  return { steps, at, step: steps[at], next: at < last ? steps[at + 1] : null, last, go, show, display, setDisplay, st };
}

/** Where keys belong to the control rather than the deck. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  // a clicker's PageUp/PageDown always move the deck; the video keeps its own keys
  if (tag === 'VIDEO') return key !== 'PageUp' && key !== 'PageDown';
  if ((tag === 'BUTTON' || tag === 'A') && (key === ' ' || key === 'Enter')) return true;
  // inside a question (publish, seal), Escape and the buttons' keys are the question's
  return Boolean(target.closest('.confirm-panel'));
}

export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** The keys of a keyboard or a presentation clicker (arrows, Space, PageDown/PageUp, Home/End, F) move the deck. */
export function useDeckKeys(onMove: (move: Move) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const move = keyToMove(e.key);
      if (!move || ownsKey(e.target, e.key)) return;
      e.preventDefault();
      if (move === 'fullscreen') toggleFullscreen();
      else onMove(move);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onMove]);
}
