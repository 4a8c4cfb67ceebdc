/**
 * The baseline CSV: a template to fill in (the 2022 city levels and the county weights), the
 * same format to export what is entered, and a parser that checks every row.
 *
 * Columns (headers in Chinese or English, any order; unknown columns are ignored):
 *
 *   代码 / id        `gdp_2022` or `baseline.gdp_2022` for a level; the adcode for a county weight
 *   名称 / name      shown for the reader; used to find the row when 代码 is empty
 *   数值 / value     the figure; empty = not entered (the row is skipped); `1,234.5` and a
 *                    trailing `%` on weights are accepted
 *   单位 / unit      optional; when given it must be the slot's unit (亿元, 元, %), so that a
 *                    figure in 万元 is refused rather than read 10,000 times too large
 *   标注 / origin    用户录入 / user (default) or 假设 / assumption
 *   备注 / note      optional, at most 500 characters
 *
 * `parseBaselineCsv` never throws. It accepts the file or returns every problem, each naming its
 * row (as a spreadsheet shows it, header = row 1) and column; nothing is applied unless the
 * whole file is valid.
 */
import { csvField, UTF8_BOM } from '../data/csv';
import { MAX_NOTE_LENGTH, type BaselineData, type EntryOrigin } from './baseline-kind';
import {
  COUNTY_ADCODES,
  LEVEL_SLOTS,
  WEIGHT_SUM_TOLERANCE,
  WEIGHT_TOTAL,
  isCountyAdcode,
  levelSlot,
} from './baseline-slots';
import { columnLetter, readCsvRecords } from './csv-records';

export const CSV_COLUMNS = ['id', 'name', 'value', 'unit', 'origin', 'note'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Header words accepted for each column (compared without case, spaces or punctuation). */
const HEADER_ALIASES: Record<CsvColumn, readonly string[]> = {
  id: ['代码', '编码', '标识', '标识符', 'id', 'code', 'adcode', 'slot'],
  name: ['名称', '指标', '县区', '县市区', '指标名称', 'name', 'indicator', 'county'],
  value: ['数值', '值', '2022年数值', '2022数值', '2022年', 'value', 'value2022', '2022'],
  unit: ['单位', 'unit', 'units'],
  origin: ['标注', '性质', '来源', '类型', 'origin', 'status', 'type', 'kind'],
  note: ['备注', '说明', '注', 'note', 'notes', 'comment'],
};

/** Template headers in each language. */
export const CSV_HEADERS: Record<'zh-CN' | 'en', Record<CsvColumn, string>> = {
  'zh-CN': {
    id: '代码',
    name: '名称',
    value: '数值',
    unit: '单位',
    origin: '标注',
    note: '备注',
  },
  en: { id: 'id', name: 'name', value: 'value', unit: 'unit', origin: 'origin', note: 'note' },
};

const ORIGIN_WORDS: Record<EntryOrigin, readonly string[]> = {
  user: ['', '用户录入', '用户', '录入', '用户输入', 'user', 'userentered', 'entered'],
  assumption: ['假设', '假定', '估计', 'assumption', 'assumed', 'estimate'],
};

const UNIT_WORDS: Record<'亿元' | '元' | '%', readonly string[]> = {
  亿元: ['亿元', '亿', '100myuan', '100millionyuan'],
  元: ['元', 'yuan', 'rmb', 'cny'],
  '%': ['%', '％', '百分比', 'percent', 'pct'],
};

/** Longest file text read (characters) and most records: a baseline has 21 rows. */
export const MAX_CSV_CHARS = 1_000_000;
export const MAX_CSV_RECORDS = 2_000;

export type CsvIssueCode =
  | 'empty'
  | 'too-large'
  | 'too-many-rows'
  | 'unterminated-quote'
  | 'missing-column'
  | 'duplicate-column'
  | 'missing-id'
  | 'unknown-id'
  | 'duplicate-row'
  | 'not-a-number'
  | 'out-of-range'
  | 'unit-mismatch'
  | 'bad-origin'
  | 'note-too-long';

/** One problem: where (row and column, as the file shows them) and what. */
export interface CsvIssue {
  code: CsvIssueCode;
  /** Spreadsheet row (header = 1); null for the whole file. */
  row: number | null;
  /** The column's header as written in the file (or its role), and its letter. */
  column: { header: string; letter: string } | null;
  params: Record<string, string | number>;
}

export interface ImportedValue {
  value: number;
  origin: EntryOrigin;
  note?: string;
  row: number;
}

export type BaselineCsvResult =
  | {
      ok: true;
      levels: Record<string, ImportedValue>;
      weights: Record<string, ImportedValue>;
      /** Rows with a value that were read. */
      read: number;
      /** Rows without a value (left not entered). */
      skipped: number;
      /** When every county has a weight in the file but they do not add up to 100. */
      weightSum: number | null;
    }
  | { ok: false; issues: CsvIssue[] };

/** Names to show in the template and to find rows by name (from the plan data). */
export interface BaselineNames {
  level: (id: string) => string;
  county: (adcode: string) => string;
}

const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—()（）[\]【】:：.'"“”]/g, '');

/** Parses a number as planners write it; null when it is not one. */
export function parseNumber(text: string, allowPercent: boolean): number | null {
  let s = text.normalize('NFKC').trim().replace(/[−–]/g, '-');
  if (allowPercent && s.endsWith('%')) s = s.slice(0, -1).trim();
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function keyOf(idText: string): string | null {
  const s = idText.normalize('NFKC').trim();
  if (isCountyAdcode(s)) return s;
  const id = s.startsWith('baseline.') ? s : `baseline.${s}`;
  return levelSlot(id) ? id : null;
}

/** Parses and checks a baseline CSV (see the header comment). Never throws. */
export function parseBaselineCsv(
  text: string,
  names?: BaselineNames | readonly BaselineNames[],
): BaselineCsvResult {
  const issue = (
    code: CsvIssueCode,
    row: number | null,
    column: CsvIssue['column'],
    params: CsvIssue['params'] = {},
  ): CsvIssue => ({ code, row, column, params });
  if (text.length > MAX_CSV_CHARS)
    return { ok: false, issues: [issue('too-large', null, null, { max: MAX_CSV_CHARS })] };
  const read = readCsvRecords(text, MAX_CSV_RECORDS);
  if (!read.ok) {
    return read.problem === 'unterminated-quote'
      ? { ok: false, issues: [issue('unterminated-quote', read.row, null)] }
      : { ok: false, issues: [issue('too-many-rows', read.row, null, { max: MAX_CSV_RECORDS })] };
  }
  const records = read.records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const header = records[0];
  if (!header) return { ok: false, issues: [issue('empty', null, null)] };

  // Which column holds what.
  const issues: CsvIssue[] = [];
  const at: Partial<Record<CsvColumn, number>> = {};
  header.fields.forEach((raw, i) => {
    const word = norm(raw);
    const role = CSV_COLUMNS.find((c) => HEADER_ALIASES[c].some((a) => norm(a) === word));
    if (!role) return;
    if (at[role] !== undefined) {
      issues.push(
        issue('duplicate-column', header.row, { header: raw.trim(), letter: columnLetter(i) }),
      );
    } else at[role] = i;
  });
  const colOf = (role: CsvColumn): CsvIssue['column'] => {
    const i = at[role];
    return i === undefined
      ? { header: role, letter: '' }
      : { header: (header.fields[i] ?? role).trim(), letter: columnLetter(i) };
  };
  if (at.value === undefined)
    issues.push(issue('missing-column', header.row, null, { column: 'value' }));
  if (at.id === undefined && at.name === undefined)
    issues.push(issue('missing-column', header.row, null, { column: 'id' }));
  if (issues.length > 0) return { ok: false, issues };

  const byName = new Map<string, string>();
  // Names in every language given (a file may be written in either).
  const lists: readonly BaselineNames[] =
    names === undefined ? [] : 'level' in names ? [names] : names;
  for (const n of lists) {
    for (const s of LEVEL_SLOTS) byName.set(norm(n.level(s.id)), s.id);
    for (const c of COUNTY_ADCODES) byName.set(norm(n.county(c)), c);
  }
  const cell = (fields: string[], role: CsvColumn): string => {
    const i = at[role];
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };

  const levels: Record<string, ImportedValue> = {};
  const weights: Record<string, ImportedValue> = {};
  const seen = new Map<string, number>();
  let readCount = 0;
  let skipped = 0;
  for (const record of records.slice(1)) {
    const { row, fields } = record;
    const valueText = cell(fields, 'value');
    const idText = cell(fields, 'id');
    const nameText = cell(fields, 'name');
    if (valueText === '') {
      skipped += 1;
      continue;
    }
    let key: string | null = null;
    if (idText !== '') {
      key = keyOf(idText);
      if (!key) {
        issues.push(issue('unknown-id', row, colOf('id'), { value: idText.slice(0, 60) }));
        continue;
      }
    } else if (nameText !== '') {
      key = byName.get(norm(nameText)) ?? null;
      if (!key) {
        issues.push(issue('unknown-id', row, colOf('name'), { value: nameText.slice(0, 60) }));
        continue;
      }
    } else {
      issues.push(issue('missing-id', row, colOf(at.id !== undefined ? 'id' : 'name')));
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(issue('duplicate-row', row, colOf('id'), { key, first }));
      continue;
    }
    seen.set(key, row);
    const isWeight = isCountyAdcode(key);
    const slot = isWeight ? null : levelSlot(key);
    const unit = isWeight ? '%' : (slot?.unit ?? '%');
    let bad = false;

    const value = parseNumber(valueText, unit === '%');
    if (value === null) {
      issues.push(issue('not-a-number', row, colOf('value'), { value: valueText.slice(0, 40) }));
      bad = true;
    } else {
      const min = isWeight ? 0 : (slot?.min ?? 0);
      const max = isWeight ? WEIGHT_TOTAL : (slot?.max ?? 0);
      const below = isWeight ? value <= min : value < min;
      if (below || value > max) {
        issues.push(issue('out-of-range', row, colOf('value'), { value, min, max, unit }));
        bad = true;
      }
    }
    const unitText = cell(fields, 'unit');
    if (unitText !== '' && !UNIT_WORDS[unit].some((w) => norm(w) === norm(unitText))) {
      issues.push(issue('unit-mismatch', row, colOf('unit'), { expected: unit, value: unitText }));
      bad = true;
    }
    const originText = norm(cell(fields, 'origin'));
    const origin = (['user', 'assumption'] as const).find((o) =>
      ORIGIN_WORDS[o].some((w) => norm(w) === originText),
    );
    if (!origin) {
      issues.push(issue('bad-origin', row, colOf('origin'), { value: cell(fields, 'origin') }));
      bad = true;
    }
    const note = cell(fields, 'note');
    if (note.length > MAX_NOTE_LENGTH) {
      issues.push(issue('note-too-long', row, colOf('note'), { max: MAX_NOTE_LENGTH }));
      bad = true;
    }
    if (bad || value === null || !origin) continue;
    const entry: ImportedValue = { value, origin, row, ...(note ? { note } : {}) };
    if (isWeight) weights[key] = entry;
    else levels[key] = entry;
    readCount += 1;
  }
  if (issues.length > 0) return { ok: false, issues };
  const codes = Object.keys(weights);
  const sum = codes.reduce((s, c) => s + (weights[c]?.value ?? 0), 0);
  const weightSum =
    codes.length === COUNTY_ADCODES.length && Math.abs(sum - WEIGHT_TOTAL) > WEIGHT_SUM_TOLERANCE
      ? sum
      : null;
  return { ok: true, levels, weights, read: readCount, skipped, weightSum };
}

/** Applies a valid import: its rows replace those entries; everything else stays. Pure. */
export function mergeImport(
  baseline: BaselineData,
  imported: Extract<BaselineCsvResult, { ok: true }>,
  now: string,
): BaselineData {
  const levels = { ...baseline.levels };
  const weights = { ...baseline.weights };
  const entry = (v: ImportedValue) => ({
    value: v.value,
    origin: v.origin,
    enteredAt: now,
    ...(v.note ? { note: v.note } : {}),
  });
  for (const [id, v] of Object.entries(imported.levels)) levels[id] = entry(v);
  for (const [code, v] of Object.entries(imported.weights)) weights[code] = entry(v);
  return { levels, weights };
}

const ORIGIN_OUT: Record<'zh-CN' | 'en', Record<EntryOrigin, string>> = {
  'zh-CN': { user: '用户录入', assumption: '假设' },
  en: { user: 'user', assumption: 'assumption' },
};

/**
 * The template (no values) or, with `baseline`, the entries as a file in the same format, so an
 * export can be edited and imported again. UTF-8 with a BOM and CRLF, so Excel reads Chinese.
 */
export function baselineCsv(
  names: BaselineNames,
  lang: 'zh-CN' | 'en',
  baseline?: BaselineData,
): string {
  const h = CSV_HEADERS[lang];
  const rows: string[][] = [CSV_COLUMNS.map((c) => h[c])];
  const row = (id: string, name: string, unit: string, entry: BaselineData['levels'][string]) => [
    id,
    name,
    entry ? String(entry.value) : '',
    unit,
    ORIGIN_OUT[lang][entry?.origin ?? 'user'],
    entry?.note ?? '',
  ];
  for (const s of LEVEL_SLOTS)
    rows.push(
      row(s.id.replace(/^baseline\./, ''), names.level(s.id), s.unit, baseline?.levels[s.id]),
    );
  for (const c of COUNTY_ADCODES) rows.push(row(c, names.county(c), '%', baseline?.weights[c]));
  return UTF8_BOM + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
