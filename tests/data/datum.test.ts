import fc from 'fast-check';
import { distance, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ZHANGZHOU_BBOX } from '../../src/geo/bbox';
import {
  distanceMetres,
  gcj02ToWgs84,
  geojsonGcj02ToWgs84,
  wgs84ToGcj02,
  type LonLat,
} from '../../src/geo/datum';

// The city government's reference point in /work/shared/data/sources.md, used here only as a
// point near Zhangzhou to convert.
const NEAR_ZHANGZHOU: LonLat = [117.647, 24.513];

const inZhangzhou = fc.tuple(
  fc.double({ min: ZHANGZHOU_BBOX[0], max: ZHANGZHOU_BBOX[2], noNaN: true }),
  fc.double({ min: ZHANGZHOU_BBOX[1], max: ZHANGZHOU_BBOX[3], noNaN: true }),
);

describe('GCJ-02 -> WGS-84', () => {
  it('moves a point near Zhangzhou by a few hundred metres, to the west and north', () => {
    const wgs = gcj02ToWgs84(NEAR_ZHANGZHOU);
    const moved = distanceMetres(NEAR_ZHANGZHOU, wgs);
    expect(moved).toBeGreaterThan(300);
    expect(moved).toBeLessThan(800);
    expect(wgs[0]).toBeLessThan(NEAR_ZHANGZHOU[0]);
    expect(wgs[1]).toBeGreaterThan(NEAR_ZHANGZHOU[1]);
  });

  it('round-trips with WGS-84 -> GCJ-02 to within a metre', () => {
    const back = wgs84ToGcj02(gcj02ToWgs84(NEAR_ZHANGZHOU));
    expect(distanceMetres(NEAR_ZHANGZHOU, back)).toBeLessThan(1);
  });

  it('behaves the same everywhere in the Zhangzhou bounding box', () => {
    fc.assert(
      fc.property(inZhangzhou, ([lon, lat]) => {
        const gcj: LonLat = [lon, lat];
        const wgs = gcj02ToWgs84(gcj);
        const moved = distanceMetres(gcj, wgs);
        return (
          moved > 300 &&
          moved < 800 &&
          wgs[0] < lon &&
          wgs[1] > lat &&
          distanceMetres(wgs84ToGcj02(wgs), gcj) < 1
        );
      }),
    );
  });

  it('leaves points outside China unchanged (GCJ-02 is only defined there)', () => {
    expect(gcj02ToWgs84([2.35, 48.85])).toEqual([2.35, 48.85]);
  });
});

describe('geojsonGcj02ToWgs84', () => {
  const line: LineString = {
    type: 'LineString',
    coordinates: [
      [117.647, 24.513, 12],
      [117.7, 24.5, 15],
    ],
  };
  const input: FeatureCollection<Geometry | null> & { name: string } = {
    type: 'FeatureCollection',
    name: 'import',
    bbox: [117.647, 24.5, 117.7, 24.513],
    features: [
      { type: 'Feature', id: 7, properties: { label: 'a' }, geometry: line },
      { type: 'Feature', properties: null, geometry: null },
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Point', coordinates: [117.647, 24.513] }],
        },
      },
    ],
  };

  it('converts every position like the point function, keeping altitude and properties', () => {
    const before = structuredClone(input);
    const out = geojsonGcj02ToWgs84(input);
    expect(input).toEqual(before);
    const [first, empty, collection] = out.features;
    expect(first?.id).toBe(7);
    expect(first?.properties).toEqual({ label: 'a' });
    expect((first?.geometry as LineString).coordinates).toEqual(
      line.coordinates.map((p) => [...gcj02ToWgs84([p[0] ?? NaN, p[1] ?? NaN]), p[2]]),
    );
    expect(empty?.geometry).toBeNull();
    expect(collection?.geometry).toEqual({
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', coordinates: gcj02ToWgs84([117.647, 24.513]) }],
    });
    expect(out.name).toBe('import');
  });

  it('drops the bbox, which would describe the old coordinates', () => {
    expect(geojsonGcj02ToWgs84(input).bbox).toBeUndefined();
  });

  it('converts a bare geometry and a single feature', () => {
    const p: Point = { type: 'Point', coordinates: [117.647, 24.513] };
    expect(geojsonGcj02ToWgs84(p).coordinates).toEqual(gcj02ToWgs84([117.647, 24.513]));
    const f: Feature<Point> = { type: 'Feature', properties: { n: 1 }, geometry: p };
    expect(geojsonGcj02ToWgs84(f).geometry.coordinates).toEqual(gcj02ToWgs84([117.647, 24.513]));
  });
});

describe('distanceMetres', () => {
  it('is zero for a point and itself, and symmetric', () => {
    expect(distanceMetres(NEAR_ZHANGZHOU, NEAR_ZHANGZHOU)).toBe(0);
    const other: LonLat = [117.3, 24.1];
    expect(distanceMetres(NEAR_ZHANGZHOU, other)).toBeCloseTo(
      distanceMetres(other, NEAR_ZHANGZHOU),
      6,
    );
  });

  it('agrees with turf to the millimetre', () => {
    fc.assert(
      fc.property(inZhangzhou, inZhangzhou, (a, b) => {
        const turf = distance(point(a), point(b), { units: 'meters' });
        return Math.abs(distanceMetres(a, b) - turf) < 1e-3;
      }),
    );
  });
});
