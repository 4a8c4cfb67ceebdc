import { validateZoneBoundaryImport, type PlanData } from '../../data/index.ts';
import { appStorage } from '../../state/storage';
import type { Validation } from '../../state/storage';
import type { ImportedBoundary, OutlineStore } from './outline-store';

/** The settings key holding imported zone boundaries (so backups include them). */
export const BOUNDARIES_SETTING = 'plan.zoneBoundaries';
const VERSION = 1;

interface StoredBoundaries {
  version: typeof VERSION;
  boundaries: ImportedBoundary[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads stored boundaries back, trusting nothing: each geometry goes through the same import
 * validation again (as WGS-84, which is what was stored), so a damaged or hand-edited entry is
 * dropped rather than drawn. Entries for zones the dataset no longer has are dropped too.
 */
export function readStoredBoundaries(json: unknown, data: PlanData): ImportedBoundary[] {
  if (!isRecord(json) || json.version !== VERSION || !Array.isArray(json.boundaries)) return [];
  const out: ImportedBoundary[] = [];
  for (const entry of json.boundaries as unknown[]) {
    if (!isRecord(entry) || typeof entry.zoneId !== 'string') continue;
    if (typeof entry.fileName !== 'string') continue;
    const checked = validateZoneBoundaryImport(
      { type: 'Feature', properties: {}, geometry: entry.geometry },
      entry.zoneId,
      { data, datum: 'WGS-84' },
    );
    if (!checked.ok) continue;
    out.push({
      zoneId: checked.zoneId,
      geometry: checked.geometry,
      fileName: entry.fileName,
      areaKm2: checked.areaKm2,
      readAs: 'WGS-84',
      warnings: Array.isArray(entry.warnings)
        ? entry.warnings.filter((w): w is string => typeof w === 'string')
        : [],
    });
  }
  return out;
}

/** What is written: every boundary in the store. */
export const storedBoundaries = (store: OutlineStore): StoredBoundaries => ({
  version: VERSION,
  boundaries: store.all(),
});

/**
 * Keeps the store's boundaries in the app's storage (IndexedDB, or memory where the browser
 * refuses it): restores them at start, saves on every change. Sets `store.persistent` so the
 * panel can say whether an import survives a reload.
 */
export async function persistOutlines(store: OutlineStore, data: PlanData): Promise<void> {
  const storage = await appStorage();
  const saved = await storage.getSetting(
    BOUNDARIES_SETTING,
    (json): Validation<ImportedBoundary[]> => ({
      ok: true,
      value: readStoredBoundaries(json, data),
    }),
  );
  // An import made while storage was opening wins over the stored one.
  for (const boundary of saved ?? []) if (!store.get(boundary.zoneId)) store.set(boundary);
  store.persistent = storage.mode === 'indexeddb';
  storage.onProblem(() => (store.persistent = storage.mode === 'indexeddb'));
  store.onChange((zoneId) => {
    if (zoneId === null) return;
    storage.setSetting(BOUNDARIES_SETTING, storedBoundaries(store)).catch((err: unknown) => {
      // The storage layer falls back to memory and warns the user itself; keep a trace here.
      console.warn('Could not save imported boundaries', err);
    });
  });
}
