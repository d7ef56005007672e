import { LOCALES } from './locales.js';
import { ScoringReason } from './refusals.js';
import {
  checkRubric,
  DEFAULT_RUBRIC,
  normalisedWeights,
  rubricProblemField,
  rubricProblemReason,
  type Criterion,
  type Rubric,
  type RubricProblem,
} from './rubric.js';

/** A valid 0–2 criterion; tests override one thing at a time. */
function makeCriterion(overrides: Partial<Criterion> = {}): Criterion {
  return {
    key: 'message',
    name: { en: 'Message' },
    description: { en: 'Is the message right?' },
    weight: 1,
    scaleMin: 0,
    scaleMax: 2,
    levels: [0, 1, 2].map((score) => ({ score, descriptor: { en: `Level ${score}` } })),
    ...overrides,
  };
}

const rubricOf = (...criteria: Criterion[]): Rubric => ({ criteria, overallComment: false });

describe('DEFAULT_RUBRIC', () => {
  it('passes its own check', () => {
    expect(checkRubric(DEFAULT_RUBRIC)).toEqual([]);
  });

  it('scores the five criteria real contests use, on 1–5, with a comment box', () => {
    expect(DEFAULT_RUBRIC.criteria.map((c) => [c.key, c.scaleMin, c.scaleMax])).toEqual([
      ['message', 1, 5],
      ['creativity', 1, 5],
      ['impact', 1, 5],
      ['production', 1, 5],
      ['rules', 1, 5],
    ]);
    expect(DEFAULT_RUBRIC.overallComment).toBe(true);
  });

  // the script each locale is written in; the Latin-script ones must at least differ from the English
  const SCRIPT: Partial<Record<string, RegExp>> = {
    ja: /[\u3040-\u30ff\u4e00-\u9fff]/,
    th: /[\u0e00-\u0e7f]/,
    km: /[\u1780-\u17ff]/,
    lo: /[\u0e80-\u0eff]/,
    my: /[\u1000-\u109f]/,
    ta: /[\u0b80-\u0bff]/,
    'zh-Hans': /[\u4e00-\u9fff]/,
  };

  it('has every name, description and level descriptor in every language of the platform, each in its own script', () => {
    const texts = DEFAULT_RUBRIC.criteria.flatMap((c) => [c.name, c.description, ...c.levels.map((l) => l.descriptor)]);
    expect(texts).toHaveLength(5 * 7);
    for (const t of texts) {
      expect(Object.keys(t).sort()).toEqual([...LOCALES].sort());
      expect(t.en.trim().length).toBeGreaterThan(3);
      for (const locale of LOCALES) {
        const script = SCRIPT[locale];
        if (script) expect(t[locale]).toMatch(script);
        else if (locale !== 'en') expect(t[locale].trim()).not.toBe(t.en.trim());
      }
    }
  });

  it('gives each level its own descriptor in every language', () => {
    for (const c of DEFAULT_RUBRIC.criteria) for (const locale of LOCALES) expect(new Set(c.levels.map((l) => l.descriptor[locale])).size).toBe(5);
  });
});

describe('normalisedWeights', () => {
  it('turns the default weights into shares summing to 1', () => {
    const w = normalisedWeights(DEFAULT_RUBRIC);
    expect(w).toEqual({ message: 0.3, creativity: 0.2, impact: 0.25, production: 0.15, rules: 0.1 });
    expect(Object.values(w).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('depends only on the proportions of the weights', () => {
    const r = rubricOf(makeCriterion({ key: 'a', weight: 3 }), makeCriterion({ key: 'b', weight: 1 }));
    expect(normalisedWeights(r)).toEqual({ a: 0.75, b: 0.25 });
  });
});

describe('checkRubric', () => {
  const one = (problem: Partial<Criterion>): RubricProblem[] => checkRubric(rubricOf(makeCriterion(problem)));

  it('accepts a minimal rubric', () => {
    expect(checkRubric(rubricOf(makeCriterion()))).toEqual([]);
  });

  it('needs between 1 and 20 criteria', () => {
    expect(checkRubric(rubricOf())).toEqual([{ criterion: null, field: 'criteria', code: 'empty' }]);
    const twenty = Array.from({ length: 20 }, (_, i) => makeCriterion({ key: `c${i}` }));
    expect(checkRubric(rubricOf(...twenty))).toEqual([]);
    const c20 = makeCriterion({ key: 'c20' });
    expect(checkRubric(rubricOf(...twenty, c20))).toEqual([{ criterion: null, field: 'criteria', code: 'too_many' }]);
  });

  it('needs a slug key, unique in the rubric, reported on the repeat', () => {
    for (const key of ['', 'Message', 'my message', 'a'.repeat(41), 'é']) expect(one({ key })).toEqual([{ criterion: 0, field: 'key', code: 'key_invalid' }]);
    expect(one({ key: 'a-b_c9' })).toEqual([]);
    expect(checkRubric(rubricOf(makeCriterion(), makeCriterion({ key: 'other' }), makeCriterion()))).toEqual([
      { criterion: 2, field: 'key', code: 'duplicate_key' },
    ]);
  });

  it('needs a positive, finite weight', () => {
    for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(one({ weight })).toEqual([{ criterion: 0, field: 'weight', code: 'weight_not_positive' }]);
    expect(one({ weight: 0.001 })).toEqual([]);
  });

  it('needs a whole-number scale from 0 or more, of 2 to 20 levels, and names the bad end', () => {
    const scaleMin = [{ criterion: 0, field: 'scaleMin', code: 'scale_invalid' }];
    const scaleMax = [{ criterion: 0, field: 'scaleMax', code: 'scale_invalid' }];
    expect(one({ scaleMin: -1 })).toEqual(scaleMin);
    expect(one({ scaleMin: 0.5 })).toEqual(scaleMin);
    expect(one({ scaleMax: 2.5 })).toEqual(scaleMax);
    expect(one({ scaleMax: 0 })).toEqual(scaleMax);
    const levels = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => ({ score: min + i, descriptor: { en: `L${i}` } }));
    expect(one({ scaleMin: 1, scaleMax: 20, levels: levels(1, 20) })).toEqual([]);
    expect(one({ scaleMin: 1, scaleMax: 21, levels: levels(1, 21) })).toEqual(scaleMax);
  });

  it('needs exactly one level per score, in order', () => {
    const mismatch = [{ criterion: 0, field: 'levels', code: 'levels_mismatch' }];
    const [l0, l1, l2] = makeCriterion().levels;
    expect(one({ levels: [l0, l1] })).toEqual(mismatch);
    expect(one({ levels: [l0, l1, l2, { score: 3, descriptor: { en: 'More' } }] })).toEqual(mismatch);
    expect(one({ levels: [l0, l2, l1] })).toEqual(mismatch);
    expect(one({ levels: [l0, l1, { ...l2, score: 2.5 }] })).toEqual(mismatch);
  });

  it('needs English for the name, the description and every level, whatever other languages there are', () => {
    const [l0, l1, l2] = makeCriterion().levels;
    expect(one({ name: { ja: 'メッセージ' }, description: { en: '  ' }, levels: [l0, { ...l1, descriptor: { th: 'ข้อความ' } }, l2] })).toEqual([
      { criterion: 0, field: 'name', code: 'english_missing' },
      { criterion: 0, field: 'description', code: 'english_missing' },
      { criterion: 0, field: 'levels.1.descriptor', code: 'english_missing' },
    ]);
  });

  it('reports every problem of every criterion at once', () => {
    const r = rubricOf(makeCriterion({ weight: 0 }), makeCriterion({ key: 'b', scaleMin: -1, name: {} }));
    expect(checkRubric(r)).toEqual([
      { criterion: 0, field: 'weight', code: 'weight_not_positive' },
      { criterion: 1, field: 'name', code: 'english_missing' },
      { criterion: 1, field: 'scaleMin', code: 'scale_invalid' },
    ]);
  });
});

describe('rubricProblemReason', () => {
  it('gives each problem its reason, naming the criterion by its place in the list', () => {
    const at = (code: RubricProblem['code'], field: string) => rubricProblemReason({ criterion: 2, field, code });
    expect(at('key_invalid', 'key')).toEqual({ reason: ScoringReason.RubricKeyInvalid, params: { position: 3 } });
    expect(at('duplicate_key', 'key')).toEqual({ reason: ScoringReason.RubricDuplicateKey, params: { position: 3 } });
    expect(at('weight_not_positive', 'weight')).toEqual({ reason: ScoringReason.RubricWeightNotPositive, params: { position: 3 } });
    expect(at('levels_mismatch', 'levels')).toEqual({ reason: ScoringReason.RubricLevelsMismatch, params: { position: 3 } });
  });

  it('tells the two ends of the scale apart, and says which text lacks English', () => {
    const at = (code: RubricProblem['code'], field: string) => rubricProblemReason({ criterion: 0, field, code });
    expect(at('scale_invalid', 'scaleMin')).toEqual({ reason: ScoringReason.RubricScaleStartInvalid, params: { position: 1 } });
    expect(at('scale_invalid', 'scaleMax')).toEqual({ reason: ScoringReason.RubricScaleEndInvalid, params: { position: 1, maxLevels: 20 } });
    expect(at('english_missing', 'name')).toEqual({ reason: ScoringReason.RubricNameEnglishMissing, params: { position: 1 } });
    expect(at('english_missing', 'description')).toEqual({ reason: ScoringReason.RubricDescriptionEnglishMissing, params: { position: 1 } });
    expect(at('english_missing', 'levels.3.descriptor')).toEqual({ reason: ScoringReason.RubricLevelEnglishMissing, params: { position: 1, level: 4 } });
  });

  it('words the problems of the whole rubric without a criterion, and places each in the body', () => {
    expect(rubricProblemReason({ criterion: null, field: 'criteria', code: 'empty' })).toEqual({ reason: ScoringReason.RubricEmpty, params: {} });
    expect(rubricProblemReason({ criterion: null, field: 'criteria', code: 'too_many' })).toEqual({ reason: ScoringReason.RubricTooMany, params: { max: 20 } });
    expect(rubricProblemField({ criterion: null, field: 'criteria', code: 'empty' })).toBe('rubric.criteria');
    expect(rubricProblemField({ criterion: 1, field: 'levels.0.descriptor', code: 'english_missing' })).toBe('rubric.criteria.1.levels.0.descriptor');
  });
});
