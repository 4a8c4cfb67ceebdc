import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readStoredBoundaries, storedBoundaries } from '../../src/ui/plan/outline-persist';
import { OutlineStore } from '../../src/ui/plan/outline-store';
import { loadPlan } from './plan-fixture';

const data = loadPlan();
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [117.56, 23.85],
      [117.64, 23.85],
      [117.64, 23.95],
      [117.56, 23.95],
      [117.56, 23.85],
    ],
  ],
};

function storeWithGulei(): OutlineStore {
  const store = new OutlineStore();
  store.set({
    zoneId: 'zone.gulei',
    geometry: square,
    fileName: '古雷.geojson',
    areaKm2: 90,
    readAs: 'WGS-84',
    warnings: ['note'],
  });
  return store;
}

describe('imported boundaries in storage', () => {
  it('round-trip through JSON, re-validated on the way back', () => {
    const json = JSON.parse(JSON.stringify(storedBoundaries(storeWithGulei()))) as unknown;
    const back = readStoredBoundaries(json, data);
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({
      zoneId: 'zone.gulei',
      fileName: '古雷.geojson',
      warnings: ['note'],
    });
    expect(back[0]?.geometry).toEqual(square);
    // The area is recomputed, not trusted.
    expect(back[0]?.areaKm2).toBeGreaterThan(80);
    expect(back[0]?.areaKm2).toBeLessThan(100);
  });

  it('drop damaged entries, unknown zones and other versions, keeping the good ones', () => {
    const good = storedBoundaries(storeWithGulei()).boundaries[0];
    const stored = {
      version: 1,
      boundaries: [
        good,
        { ...good, zoneId: 'zone.atlantis' },
        { ...good, fileName: 42 },
        {
          ...good,
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [117.6, 23.9],
                [117.7, 23.9],
              ],
            ],
          },
        },
        'not an entry',
      ],
    };
    expect(readStoredBoundaries(stored, data).map((b) => b.zoneId)).toEqual(['zone.gulei']);
    expect(readStoredBoundaries({ ...stored, version: 2 }, data)).toEqual([]);
    expect(readStoredBoundaries(null, data)).toEqual([]);
  });

  it('the store tells listeners which zone changed, and null for the storage status', () => {
    const store = new OutlineStore();
    const seen: (string | null)[] = [];
    store.onChange((zoneId) => seen.push(zoneId));
    expect(store.persistent).toBeNull();
    store.persistent = true;
    store.set({ ...storedBoundaries(storeWithGulei()).boundaries[0]! });
    store.remove('zone.gulei');
    store.remove('zone.gulei');
    expect(seen).toEqual([null, 'zone.gulei', 'zone.gulei']);
    expect(store.all()).toEqual([]);
  });
});
