import type { OpenAPIObject } from '@nestjs/swagger';
import type { Client } from '../harness/test-app.js';
import { PERSONAS, type Call, type Row, type Who } from './row.js';
import type { World } from './world.js';

export const rowName = (row: Pick<Row, 'method' | 'op'>) => `${row.method.toUpperCase()} ${row.op}`;

/** Every operation the OpenAPI document lists, as `METHOD /path/{param}`. */
export function documentedOperations(doc: OpenAPIObject): string[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`));
}

/** The operation's documented success: its first 2xx response (a redirect's 3xx when it has none). */
export function documentedSuccess(doc: OpenAPIObject, row: Row): number | null {
  const responses = Object.keys((doc.paths[row.op] as Record<string, { responses?: object }> | undefined)?.[row.method]?.responses ?? {});
  const code = responses.find((k) => /^2\d\d$/.test(k)) ?? responses.find((k) => /^3\d\d$/.test(k));
  return code ? Number(code) : null;
}

async function send(client: Client, row: Row, call: Call) {
  const req = client[row.method](call.path);
  if (call.file) req.attach(call.file.field, call.file.bytes, { filename: call.file.filename, contentType: call.file.contentType });
  else if (call.body !== undefined) req.send(call.body as object);
  return req;
}

const describeRes = (res: { status: number; body?: { code?: string; message?: string } }) =>
  `${res.status}${res.body?.code ? ` ${res.body.code}: ${res.body.message}` : ''}`;

/**
 * Calls the row as every persona. The first allowed persona's target is tried by every refused persona first
 * (each must be refused and leave it as it was), then used by that persona; every other allowed persona gets its
 * own fresh target. Answers what went wrong, one line per persona.
 */
export async function checkRow(w: World, row: Row): Promise<string[]> {
  const problems: string[] = [];
  const success = row.status?.code ?? documentedSuccess(w.doc, row);
  if (success === null) return [`${rowName(row)} documents no success response`];
  const refused = PERSONAS.filter((p) => !row.allowed.includes(p));
  const expectRefusal = (who: Who) => (who === 'anonymous' ? 401 : row.outside?.includes(who) ? 404 : 403);
  for (const [i, who] of row.allowed.entries()) {
    let call: Call;
    try {
      call = await row.call(w, who);
    } catch (err) {
      problems.push(`${who}: preparing the call failed: ${(err as Error).message}`);
      continue;
    }
    if (i === 0)
      for (const other of refused) {
        const res = await send(w.clients[other], row, call);
        if (res.status !== expectRefusal(other)) problems.push(`${other} (refused): expected ${expectRefusal(other)}, got ${describeRes(res)}`);
      }
    const res = await send(call.as ?? w.clients[who], row, call);
    if (res.status !== success) problems.push(`${who}: expected ${success}, got ${describeRes(res)}`);
  }
  return problems;
}

/** One test per row: every persona, as above. */
export function rowTests(rows: Row[], world: () => World): void {
  it.each(rows.map((row) => [rowName(row), row] as const))('%s', async (_name, row) => {
    expect(await checkRow(world(), row)).toEqual([]);
  });
}
