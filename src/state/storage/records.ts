import type { DataFormat, Envelope, Validation } from './types';

/** Longest record name kept (longer names are cut, not rejected). */
export const MAX_NAME_LENGTH = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

/** Checks the envelope of a stored or imported record; says which field is wrong. */
export function checkEnvelope(json: unknown): Validation<Envelope> {
  if (!isRecord(json)) return { ok: false, message: 'a record is not an object' };
  const { id, name, schemaVersion, createdAt, updatedAt } = json;
  if (typeof id !== 'string' || id === '' || id.length > 200) {
    return { ok: false, message: 'a record has no valid "id"' };
  }
  if (typeof name !== 'string') return { ok: false, message: `record ${id}: "name" is missing` };
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1) {
    return { ok: false, message: `record ${id}: "schemaVersion" must be an integer ≥ 1` };
  }
  if (!isIsoDate(createdAt) || !isIsoDate(updatedAt)) {
    return { ok: false, message: `record ${id}: "createdAt"/"updatedAt" are not dates` };
  }
  if (!('data' in json) || json.data === undefined) {
    return { ok: false, message: `record ${id}: "data" is missing` };
  }
  return {
    ok: true,
    value: {
      id,
      name: name.slice(0, MAX_NAME_LENGTH),
      schemaVersion: schemaVersion as number,
      createdAt,
      updatedAt,
      data: json.data,
    },
  };
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Brings data of `version` up to the format's current version with its migrations, then
 * validates it. Never throws: a missing step, a throwing migration or validator, or data from a
 * newer version of the app all come back as a message. The stored data is never changed here.
 */
export function decodeData<T>(
  format: DataFormat<T>,
  version: number,
  data: unknown,
): Validation<T> & { migratedFrom?: number } {
  if (!Number.isInteger(version) || version < 1) {
    return { ok: false, message: `unknown data version ${String(version)}` };
  }
  if (version > format.version) {
    return {
      ok: false,
      message: `saved by a newer version of the app (data version ${version}; this app reads up to ${format.version})`,
    };
  }
  let current = data;
  for (let v = version; v < format.version; v++) {
    const step = format.migrations?.[v];
    if (!step) return { ok: false, message: `no migration from data version ${v} to ${v + 1}` };
    try {
      // Migrate a copy: a migration that mutates its input must not touch the caller's data.
      current = step(structuredClone(current));
    } catch (err) {
      return { ok: false, message: `migration from data version ${v} failed: ${message(err)}` };
    }
  }
  let result: Validation<T>;
  try {
    result = format.validate(current);
  } catch (err) {
    result = { ok: false, message: `validator failed: ${message(err)}` };
  }
  if (!result.ok) return result;
  return version < format.version ? { ...result, migratedFrom: version } : result;
}

/** A random id (UUID v4 form). `crypto.randomUUID` needs a secure context; this does not. */
export function newId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Compares two JSON values structurally (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameJson(x, b[i]))
    );
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k], b[k]))
    );
  }
  return false;
}
