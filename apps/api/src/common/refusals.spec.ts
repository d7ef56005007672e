import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { CommonReason, ERROR_REASONS, FieldReason, isErrorReason, REASON_ENUMS } from '@clapper/domain/refusals';
import { REFUSALS } from './refusals.decorator.js';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const controllerFiles = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.controller.ts')).sort();

type Handler = { where: string; declared: unknown[] };

async function handlers(): Promise<Handler[]> {
  const out: Handler[] = [];
  for (const file of controllerFiles) {
    const mod = (await import(path.join(src, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function' || Reflect.getMetadata(PATH_METADATA, value) === undefined) continue;
      const onClass = (Reflect.getMetadata(REFUSALS, value) as unknown[] | undefined) ?? [];
      const proto = (value as { prototype: Record<string, unknown> }).prototype;
      for (const method of Object.getOwnPropertyNames(proto)) {
        const fn = proto[method];
        if (method === 'constructor' || typeof fn !== 'function' || Reflect.getMetadata(PATH_METADATA, fn) === undefined) continue;
        out.push({ where: `${file} ${name}.${method}`, declared: [...onClass, ...((Reflect.getMetadata(REFUSALS, fn) as unknown[] | undefined) ?? [])] });
      }
    }
  }
  return out;
}

describe("every controller's declared refusals against the enums", () => {
  let all: Handler[];
  beforeAll(async () => {
    all = await handlers();
  });

  it('finds the controllers and their handlers', () => {
    expect(controllerFiles.length).toBeGreaterThanOrEqual(20);
    expect(all.length).toBeGreaterThanOrEqual(100);
  });

  it('declares only reasons of the enums, and none of the common ones every endpoint may give', () => {
    const common = new Set<unknown>([...Object.values(CommonReason), ...Object.values(FieldReason)]);
    const bad = all.flatMap((h) => h.declared.filter((r) => !isErrorReason(r) || common.has(r)).map((r) => `${h.where}: ${String(r)}`));
    expect(bad).toEqual([]);
  });

  it('has every domain reason declared by some endpoint: none is dead, none is thrown without a declaration', () => {
    const declared = new Set(all.flatMap((h) => h.declared));
    const domain = ERROR_REASONS.map(String).filter((r) => !r.startsWith('common.') && !r.startsWith('field.'));
    expect(domain.filter((r) => !declared.has(r))).toEqual([]);
  });

  it('keeps each value under its own domain: `<domain>.<name>`', () => {
    const misplaced = Object.entries(REASON_ENUMS).flatMap(([domain, e]) => Object.values(e).filter((v) => !String(v).startsWith(`${domain}.`)));
    expect(misplaced).toEqual([]);
  });
});
