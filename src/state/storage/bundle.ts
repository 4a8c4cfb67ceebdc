import { checkEnvelope } from './records';
import {
  RECORD_STORES,
  type AutosaveEntry,
  type Envelope,
  type RecordStore,
  type SettingEntry,
  type Validation,
} from './types';

/** Marks a file as a backup of this app ("export all as JSON"). */
export const BUNDLE_FORMAT = 'zhangzhou-2023-simulator/backup';
export const BUNDLE_VERSION = 1;

/**
 * Everything the app has stored, as one JSON file: the record stores with their envelopes
 * (so each record keeps its data version and can be migrated on import), settings and autosave
 * slots. It is the fallback when the browser cannot keep the data, and a backup otherwise.
 */
export interface ExportBundle {
  format: typeof BUNDLE_FORMAT;
  bundleVersion: typeof BUNDLE_VERSION;
  exportedAt: string;
  /** The database layout version of the exporting app (informational). */
  dbVersion: number;
  /** 'indexeddb', or 'memory' when the data never reached the browser's storage. */
  source: 'indexeddb' | 'memory';
  records: Record<RecordStore, Envelope[]>;
  settings: SettingEntry[];
  autosave: AutosaveEntry[];
}

/** What a backup file restores, checked for shape (each feature then validates its data). */
export interface BundleContents {
  records: { store: RecordStore; envelope: Envelope }[];
  settings: SettingEntry[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a parsed backup file. Records and settings are restored; autosave slots are not (they
 * are the unsaved state of the machine the backup was made on). Missing parts are fine.
 */
export function checkBundle(json: unknown): Validation<BundleContents> {
  if (!isRecord(json) || json.format !== BUNDLE_FORMAT) {
    return { ok: false, message: 'this is not a backup file of this app' };
  }
  if (json.bundleVersion !== BUNDLE_VERSION) {
    return {
      ok: false,
      message: `backup file version ${String(json.bundleVersion)} is not supported (this app reads version ${BUNDLE_VERSION})`,
    };
  }
  if (!isRecord(json.records)) return { ok: false, message: 'the backup has no "records"' };
  const out: BundleContents['records'] = [];
  for (const store of RECORD_STORES) {
    const list = json.records[store];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return { ok: false, message: `"records.${store}" is not a list` };
    const seen = new Set<string>();
    for (const [i, item] of list.entries()) {
      const checked = checkEnvelope(item);
      if (!checked.ok) return { ok: false, message: `${store} #${i + 1}: ${checked.message}` };
      if (seen.has(checked.value.id)) {
        return { ok: false, message: `${store} #${i + 1}: id ${checked.value.id} appears twice` };
      }
      seen.add(checked.value.id);
      out.push({ store, envelope: checked.value });
    }
  }
  const settings = checkSettings(json.settings);
  if (!settings.ok) return settings;
  return { ok: true, value: { records: out, settings: settings.value } };
}

function checkSettings(list: unknown): Validation<SettingEntry[]> {
  if (list === undefined) return { ok: true, value: [] };
  if (!Array.isArray(list)) return { ok: false, message: '"settings" is not a list' };
  const out: SettingEntry[] = [];
  for (const [i, item] of list.entries()) {
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '' || !('value' in item)) {
      return { ok: false, message: `settings #${i + 1}: needs "id" and "value"` };
    }
    const updatedAt = typeof item.updatedAt === 'string' ? item.updatedAt : '';
    out.push({ id: item.id, value: item.value, updatedAt });
  }
  return { ok: true, value: out };
}

/** A file name like `zhangzhou-2023-backup-20230315-0930.json` (local time). */
export function bundleFileName(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
  return `zhangzhou-2023-backup-${stamp}.json`;
}
