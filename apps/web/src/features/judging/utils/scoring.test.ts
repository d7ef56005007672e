import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { formatTotal, formatWeight, levelForKey, levelsOf, missingCriteria, scoreFieldErrors, staleCurrent } from './scoring';

const scale = { scaleMin: 1, scaleMax: 5 };

describe('missingCriteria', () => {
  it('lists the criteria without a score, in the rubric order', () => {
    const criteria = [{ key: 'message' }, { key: 'creativity' }, { key: 'production' }];
    expect(missingCriteria(criteria, { creativity: 3 }).map((c) => c.key)).toEqual(['message', 'production']);
    expect(missingCriteria(criteria, { message: 1, creativity: 3, production: 5 })).toEqual([]);
  });
});

describe('levelForKey', () => {
  it('maps a digit to the level of that score, only within the scale', () => {
    expect(levelForKey('3', scale)).toBe(3);
    expect(levelForKey('0', scale)).toBeNull();
    expect(levelForKey('9', scale)).toBeNull();
    expect(levelForKey('0', { scaleMin: 0, scaleMax: 4 })).toBe(0);
    expect(levelForKey('a', scale)).toBeNull();
    expect(levelForKey('ArrowRight', scale)).toBeNull();
  });
});

describe('levelsOf', () => {
  it('gives one level per score, with an empty descriptor where the rubric has none', () => {
    expect(levelsOf({ scaleMin: 1, scaleMax: 3, levels: [{ score: 2, descriptor: { en: 'fair' } }] })).toEqual([
      { score: 1, descriptor: {} },
      { score: 2, descriptor: { en: 'fair' } },
      { score: 3, descriptor: {} },
    ]);
  });
});

describe('formatting', () => {
  it('shows a normalised weight as a percentage and a total to one decimal', () => {
    expect(formatWeight(0.3, 'en')).toBe('30%');
    expect(formatWeight(1 / 3, 'en')).toBe('33.3%');
    expect(formatTotal(62.5, 'en')).toBe('62.5');
    expect(formatTotal(70, 'en')).toBe('70.0');
    expect(formatTotal(null, 'en')).toBe('');
  });
});

describe('server answers', () => {
  it('finds the current scorecard in a stale-version refusal only', () => {
    const current = { scores: { message: 2 }, version: 3 };
    expect(staleCurrent(new ApiError(409, { code: 'conflict', message: 'stale', details: { current } }))).toEqual(current);
    expect(staleCurrent(new ApiError(409, { code: 'conflict', message: 'This round closed.' }))).toBeNull();
    expect(staleCurrent(new ApiError(400, { code: 'validation_failed', message: 'x', details: { current } }))).toBeNull();
  });
  it('sorts field errors by criterion', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      message: 'Score every criterion',
      fields: [
        { field: 'scores.message', messages: ['Score "Security message" before you submit.'] },
        { field: 'privateNote', messages: ['too long'] },
      ],
    });
    expect(scoreFieldErrors(error)).toEqual({ byCriterion: { message: ['Score "Security message" before you submit.'] }, other: ['too long'] });
  });
});
