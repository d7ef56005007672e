import type { CeremonyDeck } from '../api/get-ceremony';

/**
 * The slides of the evening, in order: the title, then per reveal the nominees, the winner(s) and each winner's
 * video, and last the slide that publishes the results. Nothing about ranks or scores comes before a winner slide.
 */
export type Step =
  | { kind: 'title' }
  | { kind: 'nominees'; reveal: number }
  | { kind: 'winner'; reveal: number }
  | { kind: 'video'; reveal: number; winner: number }
  | { kind: 'end' };

export function buildSteps(deck: Pick<CeremonyDeck, 'reveals'>): Step[] {
  const steps: Step[] = [{ kind: 'title' }];
  deck.reveals.forEach((r, reveal) => {
    steps.push({ kind: 'nominees', reveal }, { kind: 'winner', reveal });
    r.winners.forEach((w, winner) => {
      if (w.videoUrl) steps.push({ kind: 'video', reveal, winner });
    });
  });
  steps.push({ kind: 'end' });
  return steps;
}

/** The key a presentation clicker or keyboard sends, as a move through the deck; null for keys the deck ignores. */
export function keyToMove(key: string): 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
    case 'Enter':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
}

/** The text in the chosen display language, then English, then any. */
export function textIn(text: Record<string, string> | null | undefined, language: string): string {
  const map = text ?? {};
  const pick = (l: string) => (map[l]?.trim() ? map[l] : undefined);
  return pick(language) ?? pick('en') ?? Object.values(map).find((v) => v.trim()) ?? '';
}

/** The subtitle track on by default: the display language's, else English, else none. */
export function trackFor(languages: readonly string[], display: string): string | null {
  const base = (l: string) => l.toLowerCase().split('-')[0];
  return languages.find((l) => l === display) ?? languages.find((l) => base(l) === base(display)) ?? languages.find((l) => base(l) === 'en') ?? null;
}
