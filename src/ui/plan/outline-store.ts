import type { MultiPolygon, Polygon } from 'geojson';
import type { ImportDatum } from '../../data/index.ts';

/** A boundary a user imported for a zone, as validated by `validateZoneBoundaryImport`. */
export interface ImportedBoundary {
  zoneId: string;
  geometry: Polygon | MultiPolygon;
  fileName: string;
  areaKm2: number;
  readAs: ImportDatum;
  warnings: string[];
}

/**
 * Imported zone boundaries. The map and the zone panel both listen, so an import shows
 * everywhere at once. `outline-persist.ts` keeps them in the app's storage.
 */
export class OutlineStore {
  private readonly boundaries = new Map<string, ImportedBoundary>();
  /** Listeners get the zone that changed, or null when only `persistent` changed. */
  private readonly listeners = new Set<(zoneId: string | null) => void>();
  private saved: boolean | null = null;

  /**
   * Whether imports survive a reload (IndexedDB) or live in memory only; null until the
   * storage has opened.
   */
  get persistent(): boolean | null {
    return this.saved;
  }

  set persistent(value: boolean | null) {
    if (value === this.saved) return;
    this.saved = value;
    this.emit(null);
  }

  all(): ImportedBoundary[] {
    return [...this.boundaries.values()];
  }

  get(zoneId: string): ImportedBoundary | undefined {
    return this.boundaries.get(zoneId);
  }

  set(boundary: ImportedBoundary): void {
    this.boundaries.set(boundary.zoneId, boundary);
    this.emit(boundary.zoneId);
  }

  remove(zoneId: string): void {
    if (this.boundaries.delete(zoneId)) this.emit(zoneId);
  }

  onChange(listener: (zoneId: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(zoneId: string | null): void {
    for (const listener of this.listeners) listener(zoneId);
  }
}
