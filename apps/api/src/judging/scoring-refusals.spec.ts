import { DEFAULT_RUBRIC, type RubricProblem } from '@clapper/domain/rubric';
import { rubricProblemMessage, scoreProblemMessage } from './scoring-refusals.js';

describe('scoreProblemMessage', () => {
  it('names the criterion by its English name and says what is allowed', () => {
    expect(scoreProblemMessage({ criterion: 'creativity', code: 'missing' }, DEFAULT_RUBRIC)).toBe('Score "Creativity" before you submit.');
    expect(scoreProblemMessage({ criterion: 'impact', code: 'not_integer' }, DEFAULT_RUBRIC)).toBe(
      'Choose one of the levels for "Impact on the target audience": a whole number from 1 to 5.',
    );
    expect(scoreProblemMessage({ criterion: 'rules', code: 'out_of_scale' }, DEFAULT_RUBRIC)).toBe('The score for "Respect of the rules" must be from 1 to 5.');
  });

  it('sends a judge holding a score for an unknown criterion to reload the current rubric', () => {
    expect(scoreProblemMessage({ criterion: 'humour', code: 'unknown_criterion' }, DEFAULT_RUBRIC)).toBe(
      'This rubric has no criterion "humour", so that score cannot be saved. Reload the page to get the current rubric.',
    );
  });
});

describe('rubricProblemMessage', () => {
  it('says in English what to fix, naming the criterion by its place in the list', () => {
    const problems: RubricProblem[] = [
      { criterion: 2, field: 'key', code: 'key_invalid' },
      { criterion: 2, field: 'key', code: 'duplicate_key' },
      { criterion: 2, field: 'weight', code: 'weight_not_positive' },
      { criterion: 2, field: 'scaleMin', code: 'scale_invalid' },
      { criterion: 2, field: 'scaleMax', code: 'scale_invalid' },
      { criterion: 2, field: 'levels', code: 'levels_mismatch' },
      { criterion: 2, field: 'name', code: 'english_missing' },
    ];
    for (const p of problems) expect(rubricProblemMessage(p)).toMatch(/^Criterion 3: [a-z][\x20-\x7e]{20,}\.$/);
  });

  it('tells the two ends of the scale apart, and says which text lacks English', () => {
    expect(rubricProblemMessage({ criterion: 0, field: 'scaleMin', code: 'scale_invalid' })).toBe('Criterion 1: start the scale at a whole number, 0 or more.');
    expect(rubricProblemMessage({ criterion: 0, field: 'scaleMax', code: 'scale_invalid' })).toBe(
      'Criterion 1: end the scale at a whole number above its start, with at most 20 levels in all.',
    );
    expect(rubricProblemMessage({ criterion: 0, field: 'description', code: 'english_missing' })).toBe('Criterion 1: write the description in English.');
    expect(rubricProblemMessage({ criterion: 0, field: 'levels.3.descriptor', code: 'english_missing' })).toBe(
      'Criterion 1: write in English the descriptor of the level at position 4 in the list.',
    );
  });

  it('words the problems of the whole rubric without a criterion', () => {
    expect(rubricProblemMessage({ criterion: null, field: 'criteria', code: 'empty' })).toBe('Add at least one criterion to the rubric.');
    expect(rubricProblemMessage({ criterion: null, field: 'criteria', code: 'too_many' })).toBe('A rubric can have at most 20 criteria. Remove or merge some.');
  });
});
