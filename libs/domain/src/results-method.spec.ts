import { checkResultOptions, computeResults, DEFAULT_RESULT_OPTIONS, type ResultOptions, type TieBreak } from './results.js';
import { DEFAULT_RUBRIC } from './rubric.js';
import { RAW } from './results.fixtures.js';

describe('checkResultOptions and the method sentence', () => {
  it('accepts the default options and a full chain on the default rubric', () => {
    expect(DEFAULT_RESULT_OPTIONS).toEqual({ aggregation: 'auto', trimmed: false, tieBreaks: [{ kind: 'first_places' }, { kind: 'organiser' }] });
    expect(checkResultOptions(DEFAULT_RUBRIC, DEFAULT_RESULT_OPTIONS)).toEqual([]);
    const full: ResultOptions = {
      aggregation: 'zscore',
      trimmed: true,
      audienceWeight: 1,
      tieBreaks: [{ kind: 'criterion', criterion: 'creativity' }, { kind: 'criterion', criterion: 'message' }, { kind: 'first_places' }, { kind: 'organiser' }],
    };
    expect(checkResultOptions(DEFAULT_RUBRIC, full)).toEqual([]);
  });

  it('names every problem of the chain as a reason with its facts, step by step', () => {
    const bad: ResultOptions = {
      aggregation: 'mean',
      trimmed: false,
      tieBreaks: [{ kind: 'organiser' }, { kind: 'criterion', criterion: 'humour' }, { kind: 'first_places' }, { kind: 'first_places' }],
    };
    expect(checkResultOptions(DEFAULT_RUBRIC, bad)).toEqual([
      { index: 0, problem: { reason: 'results.organiser_not_last', params: { position: 1 } } },
      { index: 1, problem: { reason: 'field.not_one_of', params: { allowed: ['message', 'creativity', 'impact', 'production', 'rules'] } } },
      { index: 3, problem: { reason: 'results.tie_break_repeated', params: { position: 4, earlier: 3 } } },
    ]);
  });

  it('sees a criterion repeated and a kind it does not know', () => {
    const twice: TieBreak[] = [
      { kind: 'criterion', criterion: 'impact' },
      { kind: 'criterion', criterion: 'rules' },
      { kind: 'criterion', criterion: 'impact' },
    ];
    expect(checkResultOptions(DEFAULT_RUBRIC, { ...RAW, tieBreaks: twice })).toEqual([
      { index: 2, problem: { reason: 'results.tie_break_repeated', params: { position: 3, earlier: 1 } } },
    ]);
    const unknown = [{ kind: 'coin_toss' }] as unknown as TieBreak[];
    expect(checkResultOptions(DEFAULT_RUBRIC, { ...RAW, tieBreaks: unknown })).toEqual([
      { index: 0, problem: { reason: 'field.not_one_of', params: { allowed: ['criterion', 'first_places', 'organiser'] } } },
    ]);
  });

  it('makes computeResults refuse options with problems, and an audience weight outside 0 to 1', () => {
    const compute = (options: ResultOptions) => () => computeResults({ rubric: DEFAULT_RUBRIC, entries: [], scorecards: [], options });
    expect(compute({ ...RAW, tieBreaks: [{ kind: 'criterion', criterion: 'humour' }] })).toThrow(
      'Cannot compute results with these options: tie-break 1: field.not_one_of',
    );
    expect(compute({ ...RAW, audienceWeight: 1.5 })).toThrow(RangeError);
    expect(compute({ ...RAW, audienceWeight: -0.1 })).toThrow(RangeError);
    expect(compute({ ...RAW, audienceWeight: Number.NaN })).toThrow(RangeError);
    expect(compute({ ...RAW, audienceWeight: 1 })).not.toThrow();
  });

  it('gives the method as facts: the aggregation and why, the trim, the audience share and the chain with its criteria named', () => {
    const method = (options: ResultOptions) => computeResults({ rubric: DEFAULT_RUBRIC, entries: [], scorecards: [], options }).method;
    const creativity = DEFAULT_RUBRIC.criteria.find((c) => c.key === 'creativity')!.name;
    expect(
      method({
        aggregation: 'zscore',
        trimmed: true,
        tieBreaks: [{ kind: 'criterion', criterion: 'creativity' }, { kind: 'first_places' }, { kind: 'organiser' }],
      }),
    ).toEqual({
      aggregation: 'zscore',
      aggregationReason: 'chosen',
      parts: [],
      trimmedFrom: 5,
      audienceShare: 0,
      tieBreaks: [{ kind: 'criterion', criterion: 'creativity', criterionName: creativity }, { kind: 'first_places' }, { kind: 'organiser' }],
    });
    expect(creativity.en).toBe('Creativity');
    // no scorecard at all: every judge (none) scored every entry, so the default is the mean
    expect(method(DEFAULT_RESULT_OPTIONS)).toEqual({
      aggregation: 'mean',
      aggregationReason: 'complete_panels',
      parts: [],
      trimmedFrom: null,
      audienceShare: 0,
      tieBreaks: [{ kind: 'first_places' }, { kind: 'organiser' }],
    });
    expect(method({ ...RAW, audienceWeight: 0.25 })).toMatchObject({ audienceShare: 0.25, tieBreaks: [] });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

/**
 * Two criteria from 0 to 2, weighing 1 and 2: nine possible totals, so ties, and ties on the tie-breaks, are common;
 * and totals in thirds, which binary fractions cannot hold exactly, so a sum that depends on the order shows.
 */
