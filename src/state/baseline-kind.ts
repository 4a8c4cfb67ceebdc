/**
 * The user's baseline entries in the `baselines` store: the 2022 city levels and the county
 * weights that no source gives (see baseline-slots.ts), each marked as user-entered or as an
 * explicit assumption, with the time it was entered. Sourced figures are never stored here:
 * they stay in geodata/plan/baseline.json, read-only.
 *
 * Data version 1:
 *
 *   {
 *     "levels":  { "baseline.gdp_2022": { "value": 5700, "origin": "user", "enteredAt": "…" } },
 *     "weights": { "350602": { "value": 12.5, "origin": "assumption", "enteredAt": "…", "note": "…" } }
 *   }
 *
 * Level values are in the slot's unit (亿元, 元, %); weights in % of city GDP.
 */
import type { RecordKind, Validation } from './storage';
import { COUNTY_ADCODES, isCountyAdcode, levelSlot } from './baseline-slots';

/** Where a value came from. Sourced values are not stored (they are in baseline.json). */
export type EntryOrigin = 'user' | 'assumption';

export interface BaselineValue {
  value: number;
  origin: EntryOrigin;
  /** ISO 8601 time of entry (or of the import that brought it). */
  enteredAt: string;
  /** The user's note, e.g. where the figure was read (at most 500 characters). */
  note?: string;
}

export interface BaselineData {
  /** By baseline.json slot id (`baseline.gdp_2022` …). */
  levels: Partial<Record<string, BaselineValue>>;
  /** By county adcode, in % of city GDP. */
  weights: Partial<Record<string, BaselineValue>>;
}

export const BASELINE_VERSION = 1;
export const MAX_NOTE_LENGTH = 500;

export function emptyBaseline(): BaselineData {
  return { levels: {}, weights: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one entry; `range` is the accepted value range (inclusive below unless `openMin`). */
function checkValue(
  path: string,
  json: unknown,
  range: { min: number; max: number; openMin?: boolean },
): Validation<BaselineValue> {
  if (!isRecord(json)) return { ok: false, message: `${path}: must be an object` };
  for (const key of Object.keys(json)) {
    if (!['value', 'origin', 'enteredAt', 'note'].includes(key))
      return { ok: false, message: `${path}.${key}: unknown field` };
  }
  const { value, origin, enteredAt, note } = json;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { ok: false, message: `${path}.value: must be a finite number` };
  const belowMin = range.openMin ? value <= range.min : value < range.min;
  if (belowMin || value > range.max) {
    const low = range.openMin ? `above ${range.min}` : `at least ${range.min}`;
    return {
      ok: false,
      message: `${path}.value: must be ${low} and at most ${range.max} (got ${value})`,
    };
  }
  if (origin !== 'user' && origin !== 'assumption')
    return { ok: false, message: `${path}.origin: must be "user" or "assumption"` };
  if (typeof enteredAt !== 'string' || enteredAt.length > 40 || Number.isNaN(Date.parse(enteredAt)))
    return { ok: false, message: `${path}.enteredAt: must be an ISO 8601 date` };
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH))
    return {
      ok: false,
      message: `${path}.note: must be text of at most ${MAX_NOTE_LENGTH} characters`,
    };
  return {
    ok: true,
    value: { value, origin, enteredAt, ...(note !== undefined ? { note } : {}) },
  };
}

/**
 * Validates baseline data of the current version; every message names the field. Never throws.
 * Partial weights are valid data (a user may enter them one by one); whether they are complete
 * enough for the engine is `weightStatus`'s question (baseline-rules.ts).
 */
export function validateBaseline(json: unknown): Validation<BaselineData> {
  if (!isRecord(json)) return { ok: false, message: 'a baseline must be an object' };
  for (const key of Object.keys(json)) {
    if (key !== 'levels' && key !== 'weights')
      return { ok: false, message: `${key}: unknown field` };
  }
  const { levels, weights } = json;
  if (!isRecord(levels)) return { ok: false, message: 'levels: must be an object' };
  if (!isRecord(weights)) return { ok: false, message: 'weights: must be an object' };
  const out = emptyBaseline();
  for (const [id, entry] of Object.entries(levels)) {
    const slot = levelSlot(id);
    if (!slot) return { ok: false, message: `levels.${id}: unknown baseline slot` };
    const checked = checkValue(`levels.${id}`, entry, slot);
    if (!checked.ok) return checked;
    out.levels[id] = checked.value;
  }
  for (const [code, entry] of Object.entries(weights)) {
    if (!isCountyAdcode(code))
      return {
        ok: false,
        message: `weights.${code}: not a county of Zhangzhou (expected one of ${COUNTY_ADCODES.join(', ')})`,
      };
    const checked = checkValue(`weights.${code}`, entry, { min: 0, max: 100, openMin: true });
    if (!checked.ok) return checked;
    out.weights[code] = checked.value;
  }
  return { ok: true, value: out };
}

/** The baselines store's format (data version 1, no migrations yet). */
export const baselineKind: RecordKind<BaselineData> = {
  store: 'baselines',
  version: BASELINE_VERSION,
  validate: validateBaseline,
  migrations: {},
};
