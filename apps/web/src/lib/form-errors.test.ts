import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { fieldErrorsFrom, placeFieldErrors } from './form-errors';

const apiError = new ApiError(400, {
  statusCode: 400,
  code: 'validation_failed',
  message: 'Please correct: timeline.submissionClosesAt, rules.teamSizeMax, categories.1.',
  fields: [
    { field: 'timeline.submissionClosesAt', messages: ['must follow submissionOpensAt'] },
    { field: 'rules.teamSizeMax', messages: ['must not be below teamSizeMin'] },
    { field: 'categories.1', messages: ['its ages overlap category 1'] },
    { field: 'somethingElse', messages: ['unexpected'] },
  ],
});

describe('fieldErrorsFrom', () => {
  it('keys the messages by dotted path', () => {
    expect(fieldErrorsFrom(apiError)).toEqual({
      'timeline.submissionClosesAt': ['must follow submissionOpensAt'],
      'rules.teamSizeMax': ['must not be below teamSizeMin'],
      'categories.1': ['its ages overlap category 1'],
      somethingElse: ['unexpected'],
    });
  });

  it('prefixes paths from endpoints that own one part (PUT /rules answers teamSizeMax)', () => {
    const e = new ApiError(400, { code: 'validation_failed', message: 'x', fields: [{ field: 'teamSizeMax', messages: ['too small'] }] });
    expect(fieldErrorsFrom(e, 'rules')).toEqual({ 'rules.teamSizeMax': ['too small'] });
  });

  it('is empty for errors that are not API errors', () => {
    expect(fieldErrorsFrom(new Error('boom'))).toEqual({});
  });
});

describe('placeFieldErrors', () => {
  it('puts each error beside its input, falls back to the parent path, and keeps the rest for the summary', () => {
    const { placed, unplaced } = placeFieldErrors(fieldErrorsFrom(apiError), {
      'timeline.submissionClosesAt': 'closes-input',
      rules: 'rules-first-input',
      'categories.1': 'cat-1-min',
    });
    expect(placed).toEqual([
      { path: 'timeline.submissionClosesAt', inputId: 'closes-input', messages: ['must follow submissionOpensAt'] },
      { path: 'rules.teamSizeMax', inputId: 'rules-first-input', messages: ['must not be below teamSizeMin'] },
      { path: 'categories.1', inputId: 'cat-1-min', messages: ['its ages overlap category 1'] },
    ]);
    expect(unplaced).toEqual([{ path: 'somethingElse', messages: ['unexpected'] }]);
  });
});
