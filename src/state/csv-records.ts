/**
 * A forgiving RFC 4180 reader for user files: it never throws, keeps the row number (as a
 * spreadsheet shows it: the first record is row 1) of every record, and reports an unterminated
 * quote with the row where it began. Quoted fields may hold commas, quotes ("") and line breaks;
 * CRLF, LF and CR line ends are accepted; a leading byte-order mark is dropped.
 */

export interface CsvRecord {
  /** Row number as a spreadsheet shows it (1 = the first record, usually the header). */
  row: number;
  fields: string[];
}

export type CsvReadResult =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; problem: 'unterminated-quote'; row: number }
  | { ok: false; problem: 'too-many-rows'; row: number };

export function readCsvRecords(text: string, maxRecords: number): CsvReadResult {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let quoteRow = 0;
  let row = 1;
  const endRecord = (): boolean => {
    fields.push(field);
    records.push({ row, fields });
    fields = [];
    field = '';
    row += 1;
    return records.length <= maxRecords;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      // Spreadsheets write `"a"`; a space before the quote is tolerated and dropped.
      quoted = true;
      quoteRow = row;
      field = '';
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
      if (!endRecord()) return { ok: false, problem: 'too-many-rows', row: maxRecords + 1 };
    } else field += ch;
  }
  if (quoted) return { ok: false, problem: 'unterminated-quote', row: quoteRow };
  if (field !== '' || fields.length > 0) {
    if (!endRecord()) return { ok: false, problem: 'too-many-rows', row: maxRecords + 1 };
  }
  return { ok: true, records };
}

/** The column letter a spreadsheet shows for a 0-based index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Decodes a file's bytes: UTF-8 (with or without a BOM) when the bytes are valid UTF-8, else
 * GB18030, which is what Excel on a Chinese Windows writes for "CSV" unless told "CSV UTF-8".
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
