import { CommonReason, FieldReason, problem } from '@clapper/domain/refusals';
import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainError } from './domain-error.js';

/**
 * Control characters no text input may carry: C0 (but tab, line feed and carriage return, which browsers send from
 * text areas), DEL and C1. NUL in particular: Postgres refuses it in text (22021) and it hides text from people.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The dotted path of the first string (value or key) in `value` that carries a control character, or null. */
export function findControlCharacter(value: unknown, root: string): string | null {
  // iterative, so that no input can exhaust the stack (JSON bodies are at most 32 deep anyway: see json-depth.ts)
  const stack: { value: unknown; path: string }[] = [{ value, path: root }];
  while (stack.length) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (CONTROL.test(v)) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: join(path, String(i)) });
    } else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v) && !(v instanceof Date)) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i];
        if (CONTROL.test(key)) return join(path, key.replace(new RegExp(CONTROL.source, 'g'), '?'));
        stack.push({ value: (v as Record<string, unknown>)[key], path: join(path, key) });
      }
    }
  }
  return null;
}

const join = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/** The refusal of a text input with a control character, naming the field. */
export function controlCharacterError(field: string): DomainError {
  const name = field || 'body';
  return new DomainError(
    'validation_failed',
    CommonReason.ValidationFailed,
    `${field || 'The request'} contains a control character (such as NUL). Remove it and try again.`,
    { fields: [name] },
    {
      fields: [
        { field: name, messages: ['must not contain control characters (tab and line breaks are fine)'], problems: [problem(FieldReason.ControlCharacter)] },
      ],
      details: { field: name },
    },
  );
}

/**
 * Global pipe, before validation: every path parameter, query parameter and JSON body value, at any depth and in
 * keys too, is refused with 400 when it carries a control character other than tab, line feed or carriage return.
 * (Multipart text fields are checked where multer reads them: videos/multipart-request.ts.)
 */
@Injectable()
export class TextInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const field = findControlCharacter(value, metadata.data ?? '');
    if (field !== null) throw controlCharacterError(field);
    return value;
  }
}
