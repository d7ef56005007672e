import { computeResults, DEFAULT_RESULT_OPTIONS, type ResultOptions } from '@clapper/domain/results';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { methodSentence } from './method-sentence.js';

const RAW: ResultOptions = { normalise: false, trimmed: false, tieBreaks: [] };
const sentence = (options: ResultOptions) => methodSentence(computeResults({ rubric: DEFAULT_RUBRIC, entries: [], scorecards: [], options }).method);

describe('the method in English, for the results CSV', () => {
  it('says every option used, the chain with the criteria by their English names', () => {
    expect(
      sentence({
        normalise: true,
        trimmed: true,
        tieBreaks: [{ kind: 'criterion', criterion: 'creativity' }, { kind: 'first_places' }, { kind: 'organiser' }],
      }),
    ).toBe(
      "Mean of judges' weighted totals, normalised per judge (z-score, rescaled to 0–100); trimmed mean for entries with 5 or more judges; ties broken by: higher “Creativity”, more first places, organiser's decision.",
    );
    expect(sentence(DEFAULT_RESULT_OPTIONS)).toBe("Mean of judges' weighted totals; ties broken by: more first places, organiser's decision.");
    expect(sentence({ ...RAW, audienceWeight: 0.25 })).toBe(
      "Mean of judges' weighted totals; weighted 75% judges and 25% audience vote (votes as a share of the most-voted entry's); equal scores share a rank.",
    );
    expect(sentence({ ...RAW, audienceWeight: 0 })).toBe("Mean of judges' weighted totals; equal scores share a rank.");
  });
});
