import { DomainError } from './domain-error.js';
import { findControlCharacter, TextInputPipe } from './text-input.pipe.js';

describe('findControlCharacter', () => {
  it('finds NUL and other control characters in values at any depth, naming the dotted path', () => {
    expect(findControlCharacter('a\u0000', 'q')).toBe('q');
    expect(findControlCharacter({ team: [{ name: 'ok' }, { name: 'bad\u001b' }] }, '')).toBe('team.1.name');
    expect(findControlCharacter({ a: { b: { c: '\u007f' } } }, '')).toBe('a.b.c');
    expect(findControlCharacter({ a: '\u0085' }, '')).toBe('a');
  });

  it('finds them in keys too', () => {
    expect(findControlCharacter({ name: { ['e\u0000n']: 'x' } }, '')).toBe('name.e?n');
  });

  it('lets tab, line feed and carriage return through, and any other text', () => {
    expect(findControlCharacter({ synopsis: 'one\r\ntwo\tthree\n', title: 'วิดีโอ 👩🏽‍💻 \u202e \ud800 e\u0301' }, '')).toBeNull();
    expect(findControlCharacter([1, true, null, { n: 2 }], '')).toBeNull();
  });

  it('walks 100,000 levels without recursion', () => {
    let value: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(findControlCharacter(value, '')).toMatch(/^0(\.0)+$/);
  });
});

describe('TextInputPipe', () => {
  const pipe = new TextInputPipe();

  it('refuses a query, path or body value with a control character, naming the field', () => {
    expect(() => pipe.transform('a\u0000', { type: 'query', data: 'q' })).toThrow(DomainError);
    try {
      pipe.transform({ members: [{ fullName: 'N\u0000' }] }, { type: 'body' });
    } catch (err) {
      expect(err).toMatchObject({
        code: 'validation_failed',
        reason: 'common.validation_failed',
        fields: [{ field: 'members.0.fullName', problems: [{ reason: 'field.control_character', params: {} }] }],
        details: { field: 'members.0.fullName' },
      });
    }
    expect.assertions(2);
  });

  it('passes everything else through unchanged, and leaves custom parameters alone', () => {
    const body = { title: 'ok\r\n' };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
    expect(pipe.transform('\u0000', { type: 'custom' })).toBe('\u0000');
  });
});
