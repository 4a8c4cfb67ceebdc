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
 * Imported zone boundaries for this session. The map and the zone panel both listen, so an
 * import shows everywhere at once. Kept in memory only: persisting them belongs to the
 * storage module, which can load this store at start-up through `set`.
 */
export class OutlineStore {
  private readonly boundaries = new Map<string, ImportedBoundary>();
  private readonly listeners = new Set<(zoneId: string) => void>();

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

  onChange(listener: (zoneId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(zoneId: string): void {
    for (const listener of this.listeners) listener(zoneId);
  }
}
