import fc from 'fast-check';
import { checkRubric, DEFAULT_RUBRIC, type Criterion, type Rubric } from './rubric.js';
import { ScoringReason } from './refusals.js';
import { checkScores, scoreProblemReason, weightedTotal, type Scores } from './scorecard.js';

function makeCriterion(key: string, weight: number, scaleMin: number, scaleMax: number): Criterion {
  return {
    key,
    name: { en: key.toUpperCase() },
    description: { en: `About ${key}` },
    weight,
    scaleMin,
    scaleMax,
    levels: Array.from({ length: scaleMax - scaleMin + 1 }, (_, i) => ({ score: scaleMin + i, descriptor: { en: `Level ${scaleMin + i}` } })),
  };
}

const rubricOf = (...criteria: Criterion[]): Rubric => ({ criteria, overallComment: false });

const full: Scores = { message: 4, creativity: 3, impact: 5, production: 2, rules: 5 };

describe('checkScores', () => {
  it('lets a draft leave criteria unscored, but not a submitted scorecard', () => {
    expect(checkScores(DEFAULT_RUBRIC, {}, 'draft')).toEqual([]);
    expect(checkScores(DEFAULT_RUBRIC, { impact: 3 }, 'draft')).toEqual([]);
    expect(checkScores(DEFAULT_RUBRIC, { impact: 3 }, 'submit')).toEqual([
      { criterion: 'message', code: 'missing' },
      { criterion: 'creativity', code: 'missing' },
      { criterion: 'production', code: 'missing' },
      { criterion: 'rules', code: 'missing' },
    ]);
    expect(checkScores(DEFAULT_RUBRIC, full, 'submit')).toEqual([]);
  });

  it('holds every score given to the scale, in drafts too', () => {
    for (const mode of ['draft', 'submit'] as const) {
      expect(checkScores(DEFAULT_RUBRIC, { ...full, message: 0 }, mode)).toEqual([{ criterion: 'message', code: 'out_of_scale' }]);
      expect(checkScores(DEFAULT_RUBRIC, { ...full, rules: 6 }, mode)).toEqual([{ criterion: 'rules', code: 'out_of_scale' }]);
      expect(checkScores(DEFAULT_RUBRIC, { ...full, impact: 3.5 }, mode)).toEqual([{ criterion: 'impact', code: 'not_integer' }]);
      expect(checkScores(DEFAULT_RUBRIC, { ...full, impact: Number.NaN }, mode)).toEqual([{ criterion: 'impact', code: 'not_integer' }]);
    }
    expect(checkScores(DEFAULT_RUBRIC, { message: 1, rules: 5 }, 'draft')).toEqual([]);
  });

  it('reports scores for criteria the rubric does not have, after the rubric’s own problems', () => {
    expect(checkScores(DEFAULT_RUBRIC, { humour: 3, message: 9 }, 'draft')).toEqual([
      { criterion: 'message', code: 'out_of_scale' },
      { criterion: 'humour', code: 'unknown_criterion' },
    ]);
  });

  it('reads only the scores the judge gave, never inherited properties', () => {
    const r = rubricOf(makeCriterion('constructor', 1, 1, 5));
    expect(checkScores(r, {}, 'draft')).toEqual([]);
    expect(checkScores(r, {}, 'submit')).toEqual([{ criterion: 'constructor', code: 'missing' }]);
  });
});

describe('scoreProblemReason', () => {
  it("names the criterion by its key and gives the scale, for the web to word in the reader's language", () => {
    expect(scoreProblemReason({ criterion: 'creativity', code: 'missing' }, DEFAULT_RUBRIC)).toEqual({
      reason: ScoringReason.ScoreMissing,
      params: { criterion: 'creativity' },
    });
    expect(scoreProblemReason({ criterion: 'impact', code: 'not_integer' }, DEFAULT_RUBRIC)).toEqual({
      reason: ScoringReason.ScoreNotInteger,
      params: { criterion: 'impact', min: 1, max: 5 },
    });
    expect(scoreProblemReason({ criterion: 'rules', code: 'out_of_scale' }, DEFAULT_RUBRIC)).toEqual({
      reason: ScoringReason.ScoreOutOfScale,
      params: { criterion: 'rules', min: 1, max: 5 },
    });
  });

  it('names a criterion the rubric does not have as unknown, whatever the problem found', () => {
    expect(scoreProblemReason({ criterion: 'humour', code: 'unknown_criterion' }, DEFAULT_RUBRIC)).toEqual({
      reason: ScoringReason.UnknownCriterion,
      params: { criterion: 'humour' },
    });
    expect(scoreProblemReason({ criterion: 'humour', code: 'missing' }, DEFAULT_RUBRIC).reason).toBe(ScoringReason.UnknownCriterion);
  });
});

describe('weightedTotal', () => {
  it('weighs each criterion’s place on its scale (hand-computed)', () => {
    // positions 3/4, 2/4, 4/4, 1/4, 4/4 under weights 30/20/25/15/10: 22.5 + 10 + 25 + 3.75 + 10
    expect(weightedTotal(DEFAULT_RUBRIC, full)).toBeCloseTo(71.25, 10);
  });

  it('is 0 at the bottom of every scale and 100 at the top, exactly', () => {
    const r = rubricOf(makeCriterion('a', 0.3, 1, 10), makeCriterion('b', 0.7, 0, 4), makeCriterion('c', 1 / 3, 2, 3));
    expect(weightedTotal(r, { a: 1, b: 0, c: 2 })).toBe(0);
    expect(weightedTotal(r, { a: 10, b: 4, c: 3 })).toBe(100);
    expect(weightedTotal(DEFAULT_RUBRIC, { message: 5, creativity: 5, impact: 5, production: 5, rules: 5 })).toBe(100);
  });

  it('brings criteria on different scales to one footing', () => {
    const r = rubricOf(makeCriterion('ten', 1, 1, 10), makeCriterion('five', 1, 1, 5));
    // ten: (4 - 1) / 9 = 1/3; five: (3 - 1) / 4 = 1/2; equal weights: (1/3 + 1/2) / 2 = 5/12
    expect(weightedTotal(r, { ten: 4, five: 3 })).toBeCloseTo(500 / 12, 10);
    // the top of the long scale is worth no more than the top of the short one
    expect(weightedTotal(r, { ten: 10, five: 1 })).toBe(50);
    expect(weightedTotal(r, { ten: 1, five: 5 })).toBe(50);
    const weighted = rubricOf(makeCriterion('ten', 3, 1, 10), makeCriterion('five', 1, 1, 5));
    expect(weightedTotal(weighted, { ten: 10, five: 1 })).toBe(75);
  });

  it('refuses an incomplete or invalid scorecard rather than counting the gaps as zero', () => {
    expect(() => weightedTotal(DEFAULT_RUBRIC, { message: 5 })).toThrow(RangeError);
    expect(() => weightedTotal(DEFAULT_RUBRIC, { ...full, impact: 7 })).toThrow('impact out_of_scale');
  });

  describe('on any valid rubric and scorecard', () => {
    const criterionShape = fc.record({
      weight: fc.double({ min: 0.1, max: 100, noNaN: true }),
      scaleMin: fc.integer({ min: 0, max: 3 }),
      span: fc.integer({ min: 1, max: 19 }),
    });
    const scored = fc.array(criterionShape, { minLength: 1, maxLength: 8 }).chain((shapes) => {
      const r = rubricOf(...shapes.map((s, i) => makeCriterion(`c${i}`, s.weight, s.scaleMin, s.scaleMin + s.span)));
      const scores = fc.tuple(...r.criteria.map((c) => fc.integer({ min: c.scaleMin, max: c.scaleMax })));
      return scores.map((values): { r: typeof r; scores: Scores } => ({ r, scores: Object.fromEntries(values.map((v, i) => [`c${i}`, v])) }));
    });

    it('generates rubrics that pass checkRubric', () => {
      fc.assert(fc.property(scored, ({ r }) => expect(checkRubric(r)).toEqual([])));
    });

    it('lies within 0–100', () => {
      fc.assert(
        fc.property(scored, ({ r, scores }) => {
          const total = weightedTotal(r, scores);
          expect(total).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(100);
        }),
      );
    });

    it('rises when any one score rises', () => {
      fc.assert(
        fc.property(scored, fc.nat(), ({ r, scores }, pick) => {
          const c = r.criteria[pick % r.criteria.length];
          fc.pre(scores[c.key] < c.scaleMax);
          expect(weightedTotal(r, { ...scores, [c.key]: scores[c.key] + 1 })).toBeGreaterThan(weightedTotal(r, scores));
        }),
      );
    });

    it('does not change when every weight is multiplied by the same positive number', () => {
      fc.assert(
        fc.property(scored, fc.double({ min: 0.001, max: 1000, noNaN: true }), ({ r, scores }, k) => {
          const scaled = { ...r, criteria: r.criteria.map((c) => ({ ...c, weight: c.weight * k })) };
          expect(weightedTotal(scaled, scores)).toBeCloseTo(weightedTotal(r, scores), 9);
        }),
      );
    });
  });
});
