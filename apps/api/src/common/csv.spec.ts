import { PassThrough, Writable } from 'node:stream';
import fc from 'fast-check';
import { csvCell, csvDocument, writeCsv } from './csv.js';

async function* batchesOf(rows: string[][], sizes: number[]): AsyncGenerator<string[][]> {
  let i = 0;
  for (const size of sizes) {
    yield rows.slice(i, i + size);
    i += size;
  }
  if (i < rows.length) yield rows.slice(i);
}

async function written(batches: AsyncIterable<string[][]>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeCsv(out, batches);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('csvCell', () => {
  it('quotes what needs quoting and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});

describe('writeCsv', () => {
  it('writes exactly what csvDocument builds, however the rows are split into batches', async () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('', '=SUM(A1)', 'a,b', 'line\r\nbreak', '"q"', 'ภาษาไทย', '@x', '-1'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(10), { maxLength: 10 }),
        async (rows, sizes) => {
          expect(await written(batchesOf(rows, sizes))).toBe(csvDocument(rows));
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('waits for a slow reader, and stops reading rows once the reader has gone away', async () => {
    let read = 0;
    async function* many(): AsyncGenerator<string[][]> {
      for (let i = 0; i < 1_000; i++) {
        read++;
        yield [[`row ${i}`, 'x'.repeat(1_000)]];
      }
    }
    const out = new Writable({ highWaterMark: 1_024, write: (_chunk, _enc, cb) => setTimeout(cb, 1) });
    const done = writeCsv(out, many());
    await new Promise((r) => setTimeout(r, 30));
    out.destroy();
    expect(await done).toBe(false);
    expect(read).toBeLessThan(1_000);
  });
});
