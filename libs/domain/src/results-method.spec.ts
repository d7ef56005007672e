import { checkResultOptions, computeResults, DEFAULT_RESULT_OPTIONS, type ResultOptions, type TieBreak } from './results.js';
import { DEFAULT_RUBRIC } from './rubric.js';
import { RAW } from './results.fixtures.js';

describe('checkResultOptions and the method sentence', () => {
  it('accepts the default options and a full chain on the default rubric', () => {
    expect(DEFAULT_RESULT_OPTIONS).toEqual({ normalise: false, trimmed: false, tieBreaks: [{ kind: 'first_places' }, { kind: 'organiser' }] });
    expect(checkResultOptions(DEFAULT_RUBRIC, DEFAULT_RESULT_OPTIONS)).toEqual([]);
    const full: ResultOptions = {
      normalise: true,
      trimmed: true,
      audienceWeight: 1,
      tieBreaks: [{ kind: 'criterion', criterion: 'creativity' }, { kind: 'criterion', criterion: 'message' }, { kind: 'first_places' }, { kind: 'organiser' }],
    };
    expect(checkResultOptions(DEFAULT_RUBRIC, full)).toEqual([]);
  });

  it('names every problem in words an organiser can act on', () => {
    const bad: ResultOptions = {
      normalise: false,
      trimmed: false,
      audienceWeight: 1.5,
      tieBreaks: [{ kind: 'organiser' }, { kind: 'criterion', criterion: 'humour' }, { kind: 'first_places' }, { kind: 'first_places' }],
    };
    expect(checkResultOptions(DEFAULT_RUBRIC, bad)).toEqual([
      "Tie-break 1, the organiser's decision, must come last: organisers decide only the ties the declared rules leave. Move it to the end.",
      'Tie-break 2 compares the criterion "humour", which this rubric does not have. Choose one of: “Security message”, “Creativity”, “Impact on the target audience”, “Production quality”, “Respect of the rules”.',
      'Tie-break 4 repeats tie-break 3 (more first places): a tie it did not break the first time, it cannot break the second. Remove it.',
      'Give the audience vote a weight from 0 to 1 (0 leaves the votes out of the score); 1.5 is outside that range.',
    ]);
  });

  it('sees a criterion repeated, a negative or missing weight, and a kind it does not know', () => {
    const twice: TieBreak[] = [
      { kind: 'criterion', criterion: 'impact' },
      { kind: 'criterion', criterion: 'rules' },
      { kind: 'criterion', criterion: 'impact' },
    ];
    expect(checkResultOptions(DEFAULT_RUBRIC, { ...RAW, tieBreaks: twice })).toEqual([
      'Tie-break 3 repeats tie-break 1 (higher “Impact on the target audience”): a tie it did not break the first time, it cannot break the second. Remove it.',
    ]);
    expect(checkResultOptions(DEFAULT_RUBRIC, { ...RAW, audienceWeight: -0.1 })).toHaveLength(1);
    expect(checkResultOptions(DEFAULT_RUBRIC, { ...RAW, audienceWeight: Number.NaN })).toHaveLength(1);
    const unknown = [{ kind: 'coin_toss' }] as unknown as TieBreak[];
    expect(checkResultOptions(DEFAULT_RUBRIC, { ...RAW, tieBreaks: unknown })).toEqual([
      `Tie-break 1 is of a kind this app does not know ("coin_toss"). Use a criterion, first places or the organiser's decision.`,
    ]);
  });

  it('makes computeResults refuse options with problems', () => {
    expect(() =>
      computeResults({ rubric: DEFAULT_RUBRIC, entries: [], scorecards: [], options: { ...RAW, tieBreaks: [{ kind: 'criterion', criterion: 'humour' }] } }),
    ).toThrow('Cannot compute results with these options: Tie-break 1 compares the criterion "humour"');
  });

  it('describes the options used in one English sentence', () => {
    const method = (options: ResultOptions) => computeResults({ rubric: DEFAULT_RUBRIC, entries: [], scorecards: [], options }).method;
    expect(
      method({ normalise: true, trimmed: true, tieBreaks: [{ kind: 'criterion', criterion: 'creativity' }, { kind: 'first_places' }, { kind: 'organiser' }] }),
    ).toBe(
      "Mean of judges' weighted totals, normalised per judge (z-score, rescaled to 0–100); trimmed mean for entries with 5 or more judges; ties broken by: higher “Creativity”, more first places, organiser's decision.",
    );
    expect(method(DEFAULT_RESULT_OPTIONS)).toBe("Mean of judges' weighted totals; ties broken by: more first places, organiser's decision.");
    expect(method({ ...RAW, audienceWeight: 0.25 })).toBe(
      "Mean of judges' weighted totals; weighted 75% judges and 25% audience vote (votes as a share of the most-voted entry's); equal scores share a rank.",
    );
    expect(method({ ...RAW, audienceWeight: 0 })).toBe("Mean of judges' weighted totals; equal scores share a rank.");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

/**
 * Two criteria from 0 to 2, weighing 1 and 2: nine possible totals, so ties, and ties on the tie-breaks, are common;
 * and totals in thirds, which binary fractions cannot hold exactly, so a sum that depends on the order shows.
 */
