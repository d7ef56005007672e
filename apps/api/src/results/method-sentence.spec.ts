import { computeResults, DEFAULT_RESULT_OPTIONS, type ResultOptions } from '@clapper/domain/results';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { methodSentence } from './method-sentence.js';

const RAW: ResultOptions = { aggregation: 'mean', trimmed: false, tieBreaks: [] };
const sentence = (options: ResultOptions) => methodSentence(computeResults({ rubric: DEFAULT_RUBRIC, entries: [], scorecards: [], options }).method);

describe('the method in English, for the results CSV', () => {
  it('says every option used, the chain with the criteria by their English names', () => {
    expect(
      sentence({
        aggregation: 'zscore',
        trimmed: true,
        tieBreaks: [{ kind: 'criterion', criterion: 'creativity' }, { kind: 'first_places' }, { kind: 'organiser' }],
      }),
    ).toBe(
      "Mean of judges' weighted totals, normalised per judge (z-score, rescaled to 0–100); trimmed mean for entries with 5 or more judges; ties broken by: higher “Creativity”, more first places, organiser's decision.",
    );
    expect(sentence(DEFAULT_RESULT_OPTIONS)).toBe(
      "Mean of judges' weighted totals (the default: every judge scored every entry); ties broken by: more first places, organiser's decision.",
    );
    expect(sentence({ ...RAW, audienceWeight: 0.25 })).toBe(
      "Mean of judges' weighted totals; weighted 75% judges and 25% audience vote (votes as a share of the most-voted entry's); equal scores share a rank.",
    );
    expect(sentence({ ...RAW, audienceWeight: 0 })).toBe("Mean of judges' weighted totals; equal scores share a rank.");
  });

  it('says the calibration, why it is the default, and parts that share no judge', () => {
    const entries = ['A', 'B', 'C'].map((code) => ({ entryId: code, code, categoryId: 'c', countryCode: 'TH' }));
    const scores = Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.key, 3]));
    const scorecards = [
      { entryId: 'A', judgeId: 'j1', scores },
      { entryId: 'A', judgeId: 'j2', scores },
      { entryId: 'B', judgeId: 'j3', scores },
      { entryId: 'C', judgeId: 'j3', scores },
    ];
    const method = computeResults({ rubric: DEFAULT_RUBRIC, entries, scorecards, options: { ...RAW, aggregation: 'auto' } }).method;
    expect(methodSentence(method)).toBe(
      "Mean of judges' weighted totals, calibrated per judge (each judge's estimated leniency taken off their totals) (the default: judges scored different entries); the panels fall into 2 parts that share no judge, and scores are calibrated within each part only; equal scores share a rank.",
    );
  });
});
