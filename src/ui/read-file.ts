/**
 * Reading a file the user chose for import. Its size is checked before anything is read: a
 * large file dropped by mistake would otherwise be read whole into memory and then parsed or
 * scanned, which can keep the tab busy for a long time or crash it. Nothing here throws: a file
 * is either its contents or a reason, and what the reason says goes through the message catalog.
 * The scenario files of the workbench and the compare view have their own reader with the same
 * check (src/ui/workbench/scenario-io.ts, 1 MB).
 */
import { tIn, type Lang } from '../i18n';
import { formatBytes } from '../i18n/format';
import { MAX_CSV_CHARS } from '../state/baseline-csv';

/**
 * A deck file. The built-in deck is 13 KB and a deck made in the app tens of KB; a deck at the
 * schema's limits (200 scenes, 8,000 characters of notes in each language, up to 3 bytes a
 * character in UTF-8, and a scenario per scene) is about 11 MB, so no deck the app can write
 * is refused.
 */
export const MAX_DECK_FILE_BYTES = 16_000_000;

/**
 * A zone boundary (GeoJSON). An import stops at 20,000 vertices (src/data/boundary-import.ts);
 * that many, indented four spaces with full-precision coordinates, is about 3 MB, so 10 MB
 * leaves room for a third coordinate and properties.
 */
export const MAX_BOUNDARY_FILE_BYTES = 10_000_000;

/**
 * A backup (settings → data): every saved scenario, deck, baseline and boundary. A typical one
 * is well under 1 MB; 50 MB holds several decks at their largest and every zone's boundary at
 * 20,000 vertices, and is still read and parsed in about a second.
 */
export const MAX_BACKUP_FILE_BYTES = 50_000_000;

/**
 * A baseline CSV: the parser stops at MAX_CSV_CHARS characters, and a character is at most
 * 4 bytes in UTF-8 or GB18030, so a larger file could never be accepted.
 */
export const MAX_CSV_FILE_BYTES = MAX_CSV_CHARS * 4;

/** Why a file was not read. */
export type FileRejection =
  | { ok: false; kind: 'too-large'; size: number; max: number }
  | { ok: false; kind: 'unreadable'; detail: string };

export type FileText = { ok: true; text: string } | FileRejection;
export type FileBytes = { ok: true; bytes: Uint8Array } | FileRejection;

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

function tooLarge(file: Pick<File, 'size'>, maxBytes: number): FileRejection | null {
  return file.size > maxBytes
    ? { ok: false, kind: 'too-large', size: file.size, max: maxBytes }
    : null;
}

/** The file's text (UTF-8), or why not; files over `maxBytes` are not read at all. */
export async function readUserFile(
  file: Pick<File, 'size' | 'text' | 'name'>,
  maxBytes: number,
): Promise<FileText> {
  const refused = tooLarge(file, maxBytes);
  if (refused) return refused;
  try {
    return { ok: true, text: await file.text() };
  } catch (err) {
    return { ok: false, kind: 'unreadable', detail: describe(err) };
  }
}

/** The file's bytes (for text in an encoding to be found out), or why not. */
export async function readUserBytes(
  file: Pick<File, 'size' | 'arrayBuffer' | 'name'>,
  maxBytes: number,
): Promise<FileBytes> {
  const refused = tooLarge(file, maxBytes);
  if (refused) return refused;
  try {
    return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (err) {
    return { ok: false, kind: 'unreadable', detail: describe(err) };
  }
}

/**
 * A size next to the limit it broke, with enough decimals that the two differ (a file one byte
 * over 1 MB is "1.000001 MB", not "1 MB").
 */
export function sizeAgainstLimit(size: number, max: number, lang: Lang): [string, string] {
  let digits = 1;
  while (digits < 9 && formatBytes(size, lang, digits) === formatBytes(max, lang, digits))
    digits += 1;
  return [formatBytes(size, lang, digits), formatBytes(max, lang)];
}

/** Why the file was not read, as a sentence: "文件过大（600 MB），最多2 MB。" */
export function fileRejectionMessage(rejection: FileRejection, lang: Lang): string {
  if (rejection.kind === 'unreadable')
    return tIn(lang, 'file.unreadable', { detail: rejection.detail });
  const [size, max] = sizeAgainstLimit(rejection.size, rejection.max, lang);
  return tIn(lang, 'file.tooLarge', { size, max });
}
