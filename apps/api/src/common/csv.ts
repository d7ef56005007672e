import type { Writable } from 'node:stream';

/**
 * The one CSV writer for every export (scorecards, entries, scores, results): UTF-8 with a byte-order mark, so that
 * spreadsheet programs read names in every script, CRLF line ends, and cells that can never run as formulas.
 */

const BOM = '\uFEFF';

/** A CSV cell: quoted when needed; a leading = + - @ (or tab, CR) is neutralised so that a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CRLF-ended line. */
export function csvLine(row: string[]): string {
  return row.map(csvCell).join(',') + '\r\n';
}

/** A whole CSV document: the BOM, then one CRLF-ended line per row. */
export function csvDocument(rows: string[][]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Writes the same document as csvDocument (for at least one row), batch by batch as the rows are read, never holding
 * more than one batch: it waits when the reader is slower, and stops reading (ending the iteration) when the reader
 * goes away. Nothing is written before the first batch has been read, so a failure there can still be answered as an
 * error. Resolves false when the reader went away before the end.
 */
export async function writeCsv(out: Writable, batches: AsyncIterable<string[][]>): Promise<boolean> {
  let first = true;
  for await (const rows of batches) {
    const text = rows.map(csvLine).join('');
    if (first || text) {
      if (!(await write(out, first ? BOM + text : text))) return false;
    }
    first = false;
  }
  return first ? write(out, BOM) : true;
}

/** Writes a chunk, waiting for the reader when its buffer is full; false when the reader has gone away. */
function write(out: Writable, chunk: string): Promise<boolean> {
  if (out.destroyed || out.writableEnded) return Promise.resolve(false);
  if (out.write(chunk)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const settle = (open: boolean) => () => {
      out.off('drain', drained);
      out.off('close', closed);
      resolve(open);
    };
    const drained = settle(true);
    const closed = settle(false);
    out.on('drain', drained);
    out.on('close', closed);
  });
}
