// Importing an official boundary for a zone: good files come back normalised (WGS-84, RFC 7946
// ring order); bad files get one error that says what is wrong. Never throws.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import gcoord from 'gcoord';
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadPlanData,
  validateZoneBoundaryImport,
  type BoundaryImportResult,
  type PlanData,
} from '../../src/data/index.ts';

const planDir = fileURLToPath(new URL('../../geodata/plan/', import.meta.url));
let data: PlanData;
beforeAll(async () => {
  const result = await loadPlanData((f) => readFileSync(join(planDir, f), 'utf8'));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  data = result.data;
});

const ZONE = 'zone.taiwan_investment_zone';
/** A clockwise square of side 2·d degrees around the 台商投资区 reference point. */
const square = (lon = 117.88, lat = 24.53, d = 0.03): Position[] => [
  [lon - d, lat - d],
  [lon - d, lat + d],
  [lon + d, lat + d],
  [lon + d, lat - d],
  [lon - d, lat - d],
];
const featureCollection = (rings: (Position | unknown[])[][], properties: object = {}) => ({
  type: 'FeatureCollection',
  features: rings.map((ring) => ({
    type: 'Feature',
    properties,
    geometry: { type: 'Polygon', coordinates: [ring] },
  })),
});
const codeOf = (r: BoundaryImportResult) => (r.ok ? 'ok' : r.error.code);

describe('validateZoneBoundaryImport: accepted files', () => {
  it('returns a normalised Polygon: outer ring counter-clockwise, area, datum warning', () => {
    const result = validateZoneBoundaryImport(JSON.stringify(featureCollection([square()])), ZONE, {
      data,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.geometry.type).toBe('Polygon');
    const ring = result.geometry.type === 'Polygon' ? result.geometry.coordinates[0] : [];
    expect(ring?.[1]).toEqual([117.91, 24.5]); // reversed from the clockwise input
    expect(result.areaKm2).toBeGreaterThan(35);
    expect(result.areaKm2).toBeLessThan(45);
    expect(result.readAs).toBe('WGS-84');
    expect(result.warnings.join(' ')).toMatch(/Read as WGS-84/);
  });

  it('merges several polygons into one MultiPolygon and drops z values', () => {
    const second = square(117.8, 24.5, 0.01).map(([x = 0, y = 0]) => [x, y, 12]);
    const result = validateZoneBoundaryImport(featureCollection([square(), second]), ZONE, {
      data,
    });
    expect(result.ok && result.geometry.type).toBe('MultiPolygon');
    if (result.ok && result.geometry.type === 'MultiPolygon') {
      expect(result.geometry.coordinates[1]?.[0]?.every((p) => p.length === 2)).toBe(true);
    }
  });

  it('converts a file declared GCJ-02 to WGS-84', () => {
    const result = validateZoneBoundaryImport(featureCollection([square()]), ZONE, {
      data,
      datum: 'GCJ-02',
    });
    if (!result.ok) throw new Error(result.error.message);
    const expected = gcoord.transform([117.85, 24.5], gcoord.GCJ02, gcoord.WGS84);
    const ring = result.geometry.type === 'Polygon' ? result.geometry.coordinates[0] : [];
    expect(ring?.[0]?.[0]).toBeCloseTo(expected[0], 6);
    expect(ring?.[0]?.[1]).toBeCloseTo(expected[1], 6);
    expect(result.readAs).toBe('GCJ-02');
  });

  it('warns when the outline is far from the zone it is meant for', () => {
    const result = validateZoneBoundaryImport(featureCollection([square(117.3, 24.5)]), ZONE, {
      data,
    });
    expect(result.ok && result.warnings.join(' ')).toMatch(/km from the zone's reference point/);
  });
});

describe('validateZoneBoundaryImport: rejected files', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['text that is not JSON', '{"type": "Feature", ', 'not-json', /not JSON/],
    ['JSON that is not GeoJSON', { name: 'boundary' }, 'not-geojson', /not GeoJSON/],
    [
      'points only',
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [117.88, 24.53] },
      },
      'no-polygon',
      /found: Point/,
    ],
    ['an unclosed ring', featureCollection([square().slice(0, 4)]), 'invalid-ring', /not closed/],
    [
      'a self-crossing ring',
      featureCollection([
        [
          [117.8, 24.5],
          [117.9, 24.6],
          [117.9, 24.52],
          [117.8, 24.6],
          [117.8, 24.5],
        ],
      ]),
      'invalid-ring',
      /cross/,
    ],
    [
      'a ring with a string coordinate',
      featureCollection([
        [
          [117.8, 24.5],
          ['117.9', 24.6],
          [117.9, 24.5],
          [117.8, 24.5],
        ],
      ]),
      'bad-coordinates',
      /position 1/,
    ],
    [
      'an outline near Beijing',
      featureCollection([square(116.4, 39.9)]),
      'outside-zhangzhou',
      /outside Zhangzhou/,
    ],
    [
      '[lat, lon] order',
      featureCollection([square().map(([x = 0, y = 0]) => [y, x])]),
      'swapped-coordinates',
      /\[latitude, longitude\]/,
    ],
    [
      'Web Mercator metres',
      featureCollection([square(13_122_000, 2_820_000, 3000)]),
      'projected-coordinates',
      /projected/,
    ],
    [
      'a declared projected CRS',
      {
        ...featureCollection([square()]),
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } },
      },
      'projected-coordinates',
      /EPSG:4326/,
    ],
    [
      'an Aliyun DataV export (GCJ-02)',
      featureCollection([square()], {
        adcode: 350681,
        name: '龙海区',
        childrenNum: 11,
        acroutes: [100000, 350000],
      }),
      'looks-gcj02',
      /GCJ-02/,
    ],
  ];
  for (const [name, input, code, message] of cases) {
    it(`rejects ${name}`, () => {
      const result = validateZoneBoundaryImport(input, ZONE, { data });
      expect(codeOf(result)).toBe(code);
      if (!result.ok) {
        expect(result.error.message).toMatch(message);
        expect(result.error.message_zh.length).toBeGreaterThan(4);
      }
    });
  }

  it('rejects an unknown zone when the dataset is given', () => {
    expect(
      codeOf(validateZoneBoundaryImport(featureCollection([square()]), 'zone.nowhere', { data })),
    ).toBe('unknown-zone');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string()), (input) => {
        const result = validateZoneBoundaryImport(input, ZONE, { data });
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
