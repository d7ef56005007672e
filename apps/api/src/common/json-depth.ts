/** The deepest nesting of arrays and objects a JSON request body may have. */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * True when JSON text nests arrays and objects deeper than `max`: one pass over the text, no recursion and no parse,
 * so it is safe to run on any body before JSON.parse and class-transformer walk it. Brackets inside strings do not
 * count. Works on UTF-8 bytes (no byte of a multi-byte character is ASCII) or on a decoded string.
 */
export function jsonDeeperThan(text: Uint8Array | string, max = MAX_JSON_DEPTH): boolean {
  const bytes = typeof text !== 'string';
  const length = text.length;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < length; i++) {
    const c = bytes ? text[i] : text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return false;
}

/** The error a body parser's `verify` hook throws for a body nested too deep (all-exceptions.filter.ts answers 400). */
export class JsonTooDeepError extends Error {
  readonly type = 'entity.too.deep';
  constructor(readonly max: number) {
    super(`JSON nested deeper than ${max} levels`);
  }
}

/** For express.json's `verify`: refuses a body nested deeper than MAX_JSON_DEPTH before it is parsed. */
export function verifyJsonDepth(_req: unknown, _res: unknown, body: Buffer, encoding: string | null): void {
  if (jsonDeeperThan(decoded(body, encoding))) throw new JsonTooDeepError(MAX_JSON_DEPTH);
}

/** UTF-8 is scanned as bytes; UTF-16 is decoded first (its bytes can look like brackets). */
function decoded(body: Buffer, encoding: string | null): Uint8Array | string {
  if (!encoding || /^utf-?8$/i.test(encoding)) return body;
  try {
    return new TextDecoder(encoding).decode(body);
  } catch {
    // a charset TextDecoder does not know (UTF-32, which no browser sends): scanned as bytes, a best effort
    return body;
  }
}
