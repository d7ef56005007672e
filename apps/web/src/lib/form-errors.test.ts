import { describe, expect, it } from 'vitest';
import { ApiError, type ApiProblem } from './api-client';
import { fieldErrorsFrom, placeFieldErrors } from './form-errors';

const field = (path: string, reason: ApiProblem['reason'], params: Record<string, unknown> = {}) => ({
  field: path,
  messages: [`English for the logs about ${path}`],
  problems: [{ reason, params }],
});
const apiError = new ApiError(400, {
  statusCode: 400,
  code: 'validation_failed',
  reason: 'common.validation_failed',
  params: {},
  message: 'Please correct: timeline.submissionClosesAt, rules.teamSizeMax, categories.1.',
  fields: [
    field('timeline.submissionClosesAt', 'field.not_date'),
    field('rules.teamSizeMax', 'field.too_small', { min: 1 }),
    field('categories.1', 'field.too_long', { max: 1200 }),
    field('somethingElse', 'field.not_accepted'),
  ],
});

describe('fieldErrorsFrom', () => {
  it('keys the messages by dotted path', () => {
    expect(fieldErrorsFrom(apiError)).toEqual({
      'timeline.submissionClosesAt': ['Enter a date.'],
      'rules.teamSizeMax': ['Enter 1 or more.'],
      'categories.1': ['Use at most 1,200 characters.'],
      somethingElse: ['This field is not accepted here. Reload the page and try again.'],
    });
  });

  it('prefixes paths from endpoints that own one part (PUT /rules answers teamSizeMax)', () => {
    const e = new ApiError(400, { code: 'validation_failed', message: 'x', fields: [field('teamSizeMax', 'field.too_small', { min: 2 })] });
    expect(fieldErrorsFrom(e, 'rules')).toEqual({ 'rules.teamSizeMax': ['Enter 2 or more.'] });
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
      { path: 'timeline.submissionClosesAt', inputId: 'closes-input', messages: ['Enter a date.'] },
      { path: 'rules.teamSizeMax', inputId: 'rules-first-input', messages: ['Enter 1 or more.'] },
      { path: 'categories.1', inputId: 'cat-1-min', messages: ['Use at most 1,200 characters.'] },
    ]);
    expect(unplaced).toEqual([{ path: 'somethingElse', messages: ['This field is not accepted here. Reload the page and try again.'] }]);
  });
});
