import { describe, expect, it } from 'vitest';
import { buildSteps, keyToMove, trackFor } from './steps';

const entry = (video: boolean) => ({ videoUrl: video ? 'https://media/v.mp4' : null });

describe('buildSteps', () => {
  it('puts the nominees before the winner, a video per winner with one, and the publish slide last', () => {
    const steps = buildSteps({
      reveals: [{ winners: [entry(true)] }, { winners: [entry(true), entry(false)] }] as never,
    });
    expect(steps.map((s) => s.kind)).toEqual(['title', 'nominees', 'winner', 'video', 'nominees', 'winner', 'video', 'end']);
  });
});

describe('keyToMove', () => {
  it('reads clickers (PageUp/PageDown) and the keyboard', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'Enter'].map(keyToMove)).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp', 'Backspace'].map(keyToMove)).toEqual(['previous', 'previous', 'previous']);
    expect([keyToMove('Home'), keyToMove('End'), keyToMove('f'), keyToMove('x')]).toEqual(['first', 'last', 'fullscreen', null]);
  });
});

describe('trackFor', () => {
  it('prefers the display language, then English', () => {
    expect(trackFor(['en', 'th'], 'th')).toBe('th');
    expect(trackFor(['en', 'th'], 'ja')).toBe('en');
    expect(trackFor(['th'], 'ja')).toBeNull();
  });
});
