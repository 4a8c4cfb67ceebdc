/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled. Output starts with a UTF-8 byte-order mark so Excel reads Chinese correctly.
 */

export const UTF8_BOM = '\uFEFF';

const needsQuotes = /[",\r\n]/u;

export const csvField = (value: string): string =>
  needsQuotes.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;

/** Rows to CSV text, with a BOM and CRLF line ends (including after the last row). */
export const toCsv = (rows: readonly (readonly string[])[]): string =>
  UTF8_BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');

/**
 * Parses RFC 4180 text (a leading BOM is ignored; LF line ends are accepted too). Throws on an
 * unterminated quoted field, which only a truncated file produces.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
