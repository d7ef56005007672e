/**
 * The one CSV writer for every export (scorecards, entries, scores, results): UTF-8 with a byte-order mark, so that
 * spreadsheet programs read names in every script, CRLF line ends, and cells that can never run as formulas.
 */

/** A CSV cell: quoted when needed; a leading = + - @ (or tab, CR) is neutralised so that a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document: the BOM, then one CRLF-ended line per row. */
export function csvDocument(rows: string[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
