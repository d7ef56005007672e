import { IsIn, IsInt, IsString, Max, MaxLength, validate } from 'class-validator';
import { toFieldErrors } from './validation.js';

class Sample {
  @IsString()
  @MaxLength(5)
  title!: string;

  @IsIn(['full_names', 'first_names'])
  style!: string;

  @IsInt()
  @Max(10)
  count!: number;
}

const fieldsOf = async (value: Partial<Record<keyof Sample, unknown>>) =>
  toFieldErrors(await validate(Object.assign(new Sample(), value), { validationError: { target: true } }));

describe('toFieldErrors: each broken rule as a reason with the limits it was declared with', () => {
  it('carries the limit and the allowed values, so the reader learns them in their language', async () => {
    const fields = await fieldsOf({ title: 'much too long', style: 'nicknames', count: 11 });
    expect(fields.map((f) => ({ field: f.field, problems: f.problems }))).toEqual([
      { field: 'title', problems: [{ reason: 'field.too_long', params: { max: 5 } }] },
      { field: 'style', problems: [{ reason: 'field.not_one_of', params: { allowed: ['full_names', 'first_names'] } }] },
      { field: 'count', problems: [{ reason: 'field.too_large', params: { max: 10 } }] },
    ]);
    // the English stays beside them, for API users and logs
    expect(fields[0].messages[0]).toMatch(/title must be shorter than or equal to 5 characters/);
  });

  it('says a field left out is required, once, rather than every rule it breaks', async () => {
    const fields = await fieldsOf({ style: 'full_names', count: 1 });
    expect(fields).toEqual([{ field: 'title', messages: expect.any(Array), problems: [{ reason: 'field.required', params: {} }] }]);
  });
});
