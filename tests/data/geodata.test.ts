// Checks the committed geodata/ files that the map loads (they are built by
// scripts/geodata/build.mjs; see geodata/PROVENANCE.md).
import { readFileSync } from 'node:fs';
import {
  area,
  booleanDisjoint,
  booleanPointInPolygon,
  booleanValid,
  featureCollection,
  intersect,
  kinks,
  point,
  pointToPolygonDistance,
  union,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ZHANGZHOU_BBOX, bboxContains } from '../../src/geo/bbox';
import { wgs84ToGcj02 } from '../../src/geo/datum';

type Polygonal = Polygon | MultiPolygon;
interface Metadata {
  datum: string;
  bbox?: [number, number, number, number];
}
type Collection = FeatureCollection<Polygonal, Record<string, unknown>> & { metadata: Metadata };

function load(name: string): Collection {
  const url = new URL(`../../geodata/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Collection;
}

const counties = load('counties.geojson');
const context = load('context.geojson');

// The 2023 units with the adcodes the source carries (see PROVENANCE.md on 龙海 and 长泰).
const DISTRICTS: Record<string, string> = {
  芗城区: '350602',
  龙文区: '350603',
  龙海区: '350681',
  长泰区: '350625',
};
const COUNTIES: Record<string, string> = {
  漳浦县: '350623',
  云霄县: '350622',
  诏安县: '350624',
  东山县: '350626',
  南靖县: '350627',
  平和县: '350628',
  华安县: '350629',
};

const nameOf = (f: Feature): string => String(f.properties?.name_zh);
const unit = (name: string): Feature<Polygonal> => {
  const found = counties.features.find((f) => nameOf(f) === name);
  if (!found) throw new Error(`${name} is missing`);
  return found;
};
const rings = (g: Polygonal): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
const positions = (g: Polygonal): Position[] => rings(g).flat();
const km2 = (f: Feature<Polygonal>): number => area(f) / 1e6;
const labelOf = (f: Feature): [number, number] => [
  Number(f.properties?.label_lon),
  Number(f.properties?.label_lat),
];

describe('counties.geojson: the 11 county-level units of 2023', () => {
  it('has exactly the 4 districts and 7 counties, under their 2023 names and adcodes', () => {
    const actual = Object.fromEntries(
      counties.features.map((f) => [nameOf(f), [f.properties.adcode, f.properties.kind]]),
    );
    const expected = {
      ...Object.fromEntries(Object.entries(DISTRICTS).map(([n, code]) => [n, [code, 'district']])),
      ...Object.fromEntries(Object.entries(COUNTIES).map(([n, code]) => [n, [code, 'county']])),
    };
    expect(counties.features).toHaveLength(11);
    expect(actual).toEqual(expected);
  });

  it('carries no pre-2021 names', () => {
    const text = readFileSync(new URL('../../geodata/counties.geojson', import.meta.url), 'utf8');
    expect(text).not.toContain('龙海市');
    expect(text).not.toContain('长泰县');
  });

  it('has pinyin English names that agree with the kind, and numeric ids equal to the adcode', () => {
    for (const f of counties.features) {
      const { name_en, name_zh, kind, adcode } = f.properties;
      expect(name_en).toMatch(/^[A-Z][a-z]+(?:'[a-z]+)? (District|County)$/);
      expect(String(name_en).endsWith(kind === 'district' ? 'District' : 'County')).toBe(true);
      expect(String(name_zh).endsWith(kind === 'district' ? '区' : '县')).toBe(true);
      expect(f.id).toBe(Number(adcode));
    }
    expect(unit('芗城区').properties?.name_en).toBe('Xiangcheng District');
    expect(unit('漳浦县').properties?.name_en).toBe('Zhangpu County');
  });

  it('declares WGS-84', () => {
    expect(counties.metadata.datum).toBe('WGS-84');
    expect(context.metadata.datum).toBe('WGS-84');
  });
});

describe.each([
  ['counties.geojson', counties],
  ['context.geojson', context],
])('%s geometry', (_name, collection) => {
  it.each(collection.features.map((f) => [nameOf(f), f] as const))(
    '%s: closed rings of ≥ 4 finite positions, at most 5 decimals',
    (_unit, f) => {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      for (const ring of rings(f.geometry)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const p of ring) {
          expect(p).toHaveLength(2);
          for (const value of p) {
            expect(Number.isFinite(value)).toBe(true);
            expect(Math.abs(value * 1e5 - Math.round(value * 1e5))).toBeLessThan(1e-6);
          }
        }
      }
    },
  );

  it.each(collection.features.map((f) => [nameOf(f), f] as const))(
    '%s: no self-intersections, valid per turf',
    (_unit, f) => {
      expect(kinks(f).features).toEqual([]);
      expect(booleanValid(f)).toBe(true);
    },
  );
});

describe('counties.geojson: position, size and topology', () => {
  it('lies inside the Zhangzhou bounding box, which fits it with a small margin', () => {
    const all = counties.features.flatMap((f) => positions(f.geometry));
    for (const p of all)
      expect(bboxContains(ZHANGZHOU_BBOX, [p[0] ?? NaN, p[1] ?? NaN])).toBe(true);
    const lons = all.map((p) => p[0] ?? NaN);
    const lats = all.map((p) => p[1] ?? NaN);
    const margins = [
      Math.min(...lons) - ZHANGZHOU_BBOX[0],
      Math.min(...lats) - ZHANGZHOU_BBOX[1],
      ZHANGZHOU_BBOX[2] - Math.max(...lons),
      ZHANGZHOU_BBOX[3] - Math.max(...lats),
    ];
    for (const m of margins) {
      expect(m).toBeGreaterThan(0.01);
      expect(m).toBeLessThan(0.1);
    }
  });

  it('has positive areas, with 龙文区 the smallest unit', () => {
    const areas = counties.features.map((f) => [nameOf(f), km2(f)] as const);
    for (const [, a] of areas) expect(a).toBeGreaterThan(0);
    const smallest = areas.reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(smallest[0]).toBe('龙文区');
  });

  it('has no overlaps and no gaps between units (shared borders are identical)', () => {
    const sum = counties.features.reduce((s, f) => s + area(f), 0);
    const merged = union(featureCollection(counties.features));
    expect(merged).not.toBeNull();
    if (!merged) return;
    // Overlaps would make the union smaller than the sum of the parts.
    expect(Math.abs(area(merged) - sum) / sum).toBeLessThan(1e-6);
    // A gap between neighbours would show up as a hole in the union.
    const holes =
      rings(merged.geometry).length -
      (merged.geometry.type === 'Polygon' ? 1 : merged.geometry.coordinates.length);
    expect(holes).toBe(0);
  });

  it('is in WGS-84: its inland borders are the source GCJ-02 grid, converted', () => {
    // The source lies on a 1/1024° grid in GCJ-02. Vertices shared by two units are source
    // vertices (the coast comes from OSM), so mapped back to GCJ-02 they must sit on that grid,
    // up to the 5-decimal rounding; as they are in the file, they must not.
    const seen = new Map<string, Set<string>>();
    for (const f of counties.features) {
      for (const p of positions(f.geometry)) {
        const key = `${p[0]},${p[1]}`;
        seen.set(key, (seen.get(key) ?? new Set()).add(nameOf(f)));
      }
    }
    const shared = [...seen].filter(([, owners]) => owners.size > 1).map(([key]) => key);
    const offGrid = (v: number): number => Math.abs(v * 1024 - Math.round(v * 1024));
    const onGrid = (p: readonly [number, number]): boolean =>
      offGrid(p[0]) < 0.02 && offGrid(p[1]) < 0.02;
    const points = shared.map((key) => key.split(',').map(Number) as [number, number]);
    const share = (ok: (p: [number, number]) => boolean): number =>
      points.filter(ok).length / points.length;
    expect(points.length).toBeGreaterThan(500);
    expect(share((p) => onGrid(wgs84ToGcj02(p)))).toBeGreaterThan(0.95);
    expect(share(onGrid)).toBeLessThan(0.05);
  });

  it('has its label points inside, at least 2 km from the unit boundary', () => {
    for (const f of counties.features) {
      const label = point(labelOf(f));
      expect(booleanPointInPolygon(label, f), nameOf(f)).toBe(true);
      expect(-pointToPolygonDistance(label, f, { units: 'kilometers' }), nameOf(f)).toBeGreaterThan(
        1,
      );
    }
  });
});

describe('context.geojson: basemap around Zhangzhou', () => {
  const land = context.features.filter((f) => f.properties.role === 'land');
  const neighbours = context.features.filter((f) => f.properties.role === 'neighbour');

  it('has one land feature and the 5 neighbouring cities', () => {
    expect(land).toHaveLength(1);
    expect(neighbours.map(nameOf).sort()).toEqual(
      ['厦门市', '梅州市', '泉州市', '潮州市', '龙岩市'].sort(),
    );
    expect(context.features).toHaveLength(6);
    for (const f of context.features) expect(String(f.properties.name_en)).not.toBe('');
  });

  it('stays inside its frame, which contains the Zhangzhou bounding box', () => {
    const frame = context.metadata.bbox;
    expect(frame).toBeDefined();
    if (!frame) return;
    for (const f of context.features) {
      for (const p of positions(f.geometry)) {
        expect(bboxContains(frame, [p[0] ?? NaN, p[1] ?? NaN])).toBe(true);
      }
    }
    expect(bboxContains(frame, [ZHANGZHOU_BBOX[0], ZHANGZHOU_BBOX[1]])).toBe(true);
    expect(bboxContains(frame, [ZHANGZHOU_BBOX[2], ZHANGZHOU_BBOX[3]])).toBe(true);
  });

  it('has every unit on land: clipping left nothing in the sea', () => {
    const [landFeature] = land;
    if (!landFeature) throw new Error('no land');
    for (const f of counties.features) {
      const onLand = intersect(featureCollection([f, landFeature]));
      expect(onLand, nameOf(f)).not.toBeNull();
      if (onLand) expect(area(onLand) / area(f), nameOf(f)).toBeGreaterThan(0.999);
    }
  });

  it('makes 东山县 an island: its largest part touches no other unit', () => {
    const dongshan = unit('东山县').geometry;
    const parts = dongshan.type === 'Polygon' ? [dongshan.coordinates] : dongshan.coordinates;
    const largest = parts
      .map((coordinates): Feature<Polygon> => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates },
      }))
      .reduce((a, b) => (area(b) > area(a) ? b : a));
    for (const f of counties.features) {
      if (nameOf(f) !== '东山县') expect(booleanDisjoint(largest, f), nameOf(f)).toBe(true);
    }
  });

  it('has neighbour label points inside their city', () => {
    for (const f of neighbours)
      expect(booleanPointInPolygon(point(labelOf(f)), f), nameOf(f)).toBe(true);
  });

  it('keeps neighbours and units apart: no city overlaps a unit', () => {
    for (const n of neighbours) {
      for (const f of counties.features) {
        const overlap = intersect(featureCollection([n, f]));
        expect(overlap ? area(overlap) : 0, `${nameOf(n)} / ${nameOf(f)}`).toBeLessThan(1e4);
      }
    }
  });
});
