/**
 * The register as downloads: JSON (the full entries) and CSV (one flat row per entry, for
 * spreadsheets). Pure: the UI turns the strings into Blobs, the CLI prints them.
 */
import { toCsv } from './csv.ts';
import type { Target } from './schema.ts';

/** The register as pretty-printed JSON: an array of full target entries. */
export const targetsToJson = (targets: readonly Target[]): string =>
  JSON.stringify(targets, null, 2) + '\n';

const num = (v: number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v);

/** CSV columns, in order: header name and how to read it from an entry. */
export const TARGET_CSV_COLUMNS: readonly (readonly [string, (t: Target) => string])[] = [
  ['id', (t) => t.id],
  ['section', (t) => t.section],
  ['heading', (t) => t.heading],
  ['name_zh', (t) => t.name_zh],
  ['name_en', (t) => t.name_en],
  ['comparator', (t) => t.comparator ?? ''],
  ['value', (t) => num(t.value)],
  ['value_max', (t) => num(t.value_max)],
  ['unit', (t) => t.unit ?? ''],
  ['kind', (t) => t.kind],
  ['attainment', (t) => t.attainment ?? ''],
  ['measure', (t) => t.measure ?? ''],
  ['scope_type', (t) => t.scope.type],
  ['scope_id', (t) => t.scope.id],
  ['strength', (t) => t.strength],
  ['strength_word', (t) => t.strength_word ?? ''],
  ['baseline_2022_value', (t) => num(t.baseline_2022?.value)],
  ['baseline_2022_unit', (t) => t.baseline_2022?.unit ?? ''],
  ['project', (t) => t.project ?? ''],
  ['milestone_zh', (t) => t.milestone_zh ?? ''],
  ['note', (t) => t.note ?? ''],
  ['source_doc', (t) => t.source.doc],
  ['source_quote', (t) => t.source.quote],
];

/** The register as CSV (UTF-8 BOM, RFC 4180 quoting, CRLF), one row per entry. */
export const targetsToCsv = (targets: readonly Target[]): string =>
  toCsv([
    TARGET_CSV_COLUMNS.map(([name]) => name),
    ...targets.map((t) => TARGET_CSV_COLUMNS.map(([, get]) => get(t))),
  ]);
