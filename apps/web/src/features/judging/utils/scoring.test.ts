import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { formatTotal, formatWeight, levelForKey, levelsOf, missingCriteria, scoreProblems, staleCurrent } from './scoring';
import { i18n } from '../../../lib/translator';

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
  const criteria = [
    { key: 'message', name: { en: 'Security message', ja: 'セキュリティメッセージ' } },
    { key: 'production', name: { en: 'Production quality', ja: '制作品質' } },
  ];
  const refused = new ApiError(400, {
    statusCode: 400,
    code: 'validation_failed',
    reason: 'scoring.submit_incomplete',
    params: {
      problems: [
        { reason: 'scoring.score_missing', params: { criterion: 'production' } },
        { reason: 'scoring.score_out_of_scale', params: { criterion: 'message', min: 1, max: 5 } },
        { reason: 'scoring.unknown_criterion', params: { criterion: 'humour' } },
      ],
    },
    message: 'Score every criterion before submitting: Score "Production quality" before you submit.',
  });

  it('finds the current scorecard in a stale-version refusal only', () => {
    const current = { scores: { message: 2 }, version: 3 };
    const stale = { code: 'conflict', reason: 'scoring.stale_version', params: {}, message: 'stale', details: { current } } as const;
    expect(staleCurrent(new ApiError(409, stale))).toEqual(current);
    expect(
      staleCurrent(new ApiError(409, { code: 'conflict', reason: 'scoring.round_closed', params: { closesAt: '2027-02-01T00:00:00.000Z' }, message: 'x' })),
    ).toBeNull();
    expect(staleCurrent(new ApiError(409, { code: 'conflict', message: 'x', details: { current } }))).toBeNull();
  });

  it("words each problem by criterion, naming it from the page's rubric, and keeps the others apart", async () => {
    await i18n.changeLanguage('en');
    expect(scoreProblems(i18n.t, refused, criteria, 'en')).toEqual({
      byCriterion: {
        production: ['Score “Production quality” before you submit.'],
        message: ['The score for “Security message” must be from 1 to 5.'],
      },
      other: ['This rubric has no criterion “humour”, so that score cannot be saved. Reload the page to get the current rubric.'],
    });
  });

  it('words them in Japanese with every fact, and never the English the server sent', async () => {
    await i18n.changeLanguage('ja');
    try {
      const { byCriterion } = scoreProblems(i18n.t, refused, criteria, 'ja');
      expect(byCriterion.production).toEqual(['提出する前に「制作品質」を採点してください。']);
      expect(byCriterion.message).toEqual(['「セキュリティメッセージ」の点数は1から5までにしてください。']);
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
