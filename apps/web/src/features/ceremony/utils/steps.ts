import type { CeremonyDeck } from '../api/get-ceremony';

/**
 * The slides of the evening, in order: the title, then per reveal the nominees, the winner(s) and each winner's
 * video, and last the slide that publishes the results. Nothing about ranks or scores comes before a winner slide.
 */
export type Step = { id: string } & (
  | { kind: 'title' }
  | { kind: 'nominees'; reveal: number }
  | { kind: 'winner'; reveal: number }
  | { kind: 'video'; reveal: number; winner: number }
  | { kind: 'end' }
);

/**
 * Each step has an id made of what it shows (not its position), so that when the deck is fetched again and a
 * slide appears or goes (a winner's video became ready), the screen stays on the same slide.
 */
export function buildSteps(deck: Pick<CeremonyDeck, 'reveals'>): Step[] {
  const steps: Step[] = [{ id: 'title', kind: 'title' }];
  deck.reveals.forEach((r, reveal) => {
    const of = `${r.awardId}/${r.countryCode ?? ''}`;
    steps.push({ id: `nominees:${of}`, kind: 'nominees', reveal }, { id: `winner:${of}`, kind: 'winner', reveal });
    r.winners.forEach((w, winner) => {
      if (w.videoUrl) steps.push({ id: `video:${of}:${w.entryId}`, kind: 'video', reveal, winner });
    });
  });
  steps.push({ id: 'end', kind: 'end' });
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

/** The subtitle track on by default: the display language's, else English, else none. */
export function trackFor(languages: readonly string[], display: string): string | null {
  const base = (l: string) => l.toLowerCase().split('-')[0];
  return languages.find((l) => l === display) ?? languages.find((l) => base(l) === base(display)) ?? languages.find((l) => base(l) === 'en') ?? null;
}
