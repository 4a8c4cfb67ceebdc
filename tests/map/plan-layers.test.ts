import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { hatchPattern, hexToRgb } from '../../src/map/hatch-pattern';
import {
  CLICKABLE_PLAN_LAYERS,
  LAYER_GROUPS,
  PLAN_LAYER,
  PLAN_SOURCE,
  planLayers,
  projectMapData,
  shortName,
  zoneLabelData,
  zoneLabelField,
  zoneMapData,
  type ImportedOutline,
} from '../../src/map/plan-layers';
import { LAYER, SOURCE } from '../../src/map/style';
import { loadPlan } from '../ui/plan-fixture';

const data = loadPlan();
const TAGS = { indicative: '示意 / indicative', imported: '已导入 / imported' };
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [117.58, 23.88],
      [117.62, 23.88],
      [117.62, 23.92],
      [117.58, 23.92],
      [117.58, 23.88],
    ],
  ],
};

describe('zone and project map data', () => {
  it('draws every zone that has a geometry, and no other', () => {
    const zones = zoneMapData(data.zones.features, new Map(), TAGS);
    const placed = data.zones.features.filter((f) => f.geometry !== null);
    expect(zones.features.map((f) => f.properties.id).sort()).toEqual(
      placed.map((f) => f.properties.id).sort(),
    );
  });

  it('indicative outlines are tagged 示意 / indicative; markers carry no tag', () => {
    const zones = zoneMapData(data.zones.features, new Map(), TAGS);
    const gulei = zones.features.find((f) => f.properties.id === 'zone.gulei');
    expect(gulei?.properties).toMatchObject({
      shape: 'area',
      drawn: 'indicative',
      tag: TAGS.indicative,
    });
    expect(gulei?.properties.name_zh).toBe('古雷石化基地');
    const hightech = zones.features.find((f) => f.properties.id === 'zone.hightech');
    expect(hightech?.properties).toMatchObject({ shape: 'point', drawn: 'point', tag: '' });
    for (const f of zones.features) {
      const source = data.zones.features.find((z) => z.properties.id === f.properties.id);
      if (source?.properties.outline === 'indicative')
        expect(f.properties.drawn).toBe('indicative');
    }
  });

  it('an imported boundary replaces the outline and is no longer indicative', () => {
    const imported = new Map<string, ImportedOutline>([
      ['zone.gulei', { geometry: square, fileName: 'gulei.geojson' }],
    ]);
    const zones = zoneMapData(data.zones.features, imported, TAGS);
    const gulei = zones.features.find((f) => f.properties.id === 'zone.gulei');
    expect(gulei?.geometry).toEqual(square);
    expect(gulei?.properties).toMatchObject({ drawn: 'official', tag: TAGS.imported });
    // The others are untouched.
    const plain = zoneMapData(data.zones.features, new Map(), TAGS);
    expect(zones.features.filter((f) => f.properties.id !== 'zone.gulei')).toEqual(
      plain.features.filter((f) => f.properties.id !== 'zone.gulei'),
    );
  });

  it('a boundary imported for a zone without geometry puts it on the map', () => {
    const imported = new Map([['zone.dongshan_etdz', { geometry: square, fileName: 'd.json' }]]);
    const ids = zoneMapData(data.zones.features, imported, TAGS).features.map(
      (f) => f.properties.id,
    );
    expect(ids).toContain('zone.dongshan_etdz');
  });

  it('labels sit inside their outline, or on the marker', () => {
    const zones = zoneMapData(data.zones.features, new Map(), TAGS);
    const labels = zoneLabelData(zones);
    expect(labels.features).toHaveLength(zones.features.length);
    for (const label of labels.features) {
      const zone = zones.features.find((f) => f.properties.id === label.properties.id);
      if (!zone) throw new Error('label without zone');
      if (zone.geometry.type === 'Point') expect(label.geometry).toEqual(zone.geometry);
      else
        expect(
          booleanPointInPolygon(label.geometry, zone as Feature<Polygon | MultiPolygon>),
          label.properties.id,
        ).toBe(true);
    }
  });

  it('projects on the map are exactly those with a point', () => {
    const projects = projectMapData(data.projects.features);
    const withPoint = data.projects.features.filter((f) => f.geometry?.type === 'Point');
    expect(projects.features.map((f) => f.properties.id)).toEqual(
      withPoint.map((f) => f.properties.id),
    );
    expect(projects.features.length).toBeGreaterThan(0);
  });

  it('shortName drops a trailing gloss only', () => {
    expect(shortName('古雷石化基地（古雷港经济开发区）')).toBe('古雷石化基地');
    expect(shortName('Gulei petrochemical base (Gulei Port Economic Development Zone)')).toBe(
      'Gulei petrochemical base',
    );
    expect(shortName('漳州核电3#和4#机组')).toBe('漳州核电3#和4#机组');
    expect(shortName('（全在括号里）')).toBe('（全在括号里）');
  });
});

describe('plan layers', () => {
  const layers = planLayers('zh-CN');
  const ids = layers.map((l) => l.layer.id);

  it('have unique ids, known sources, and go beneath base layers that exist', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const sources = new Set<string>([...Object.values(PLAN_SOURCE), SOURCE.counties]);
    const baseLayers = new Set<string>(Object.values(LAYER));
    for (const { layer, before } of layers) {
      expect(sources.has(layer.source), layer.id).toBe(true);
      if (before !== null) expect(baseLayers.has(before), layer.id).toBe(true);
    }
  });

  it('dash the indicative outlines and only them', () => {
    const dashed = layers.filter(
      (l) => l.layer.type === 'line' && l.layer.paint?.['line-dasharray'],
    );
    expect(dashed.map((l) => l.layer.id).sort()).toEqual(
      [PLAN_LAYER.zoneLineIndicative, PLAN_LAYER.industryBroaderLine].sort(),
    );
    const indicative = layers.find((l) => l.layer.id === PLAN_LAYER.zoneLineIndicative)?.layer;
    expect(
      JSON.stringify(indicative && 'filter' in indicative ? indicative.filter : null),
    ).toContain('"indicative"');
  });

  it('every plan layer belongs to exactly one checkbox group, and clicks go to plan layers', () => {
    const grouped = Object.values(LAYER_GROUPS).flat();
    for (const id of ids)
      expect(
        grouped.filter((g) => g === id),
        id,
      ).toHaveLength(1);
    for (const id of CLICKABLE_PLAN_LAYERS) expect(ids).toContain(id);
  });

  it('label in the chosen language, with the tag on a second line', () => {
    expect(JSON.stringify(zoneLabelField('zh-CN'))).toContain('"name_zh"');
    expect(JSON.stringify(zoneLabelField('en'))).toContain('"name_en"');
    expect(JSON.stringify(zoneLabelField('en'))).toContain('"tag"');
  });
});

describe('hatch pattern', () => {
  it('is a seamless tile of coloured diagonal lines on transparency', () => {
    const size = 12;
    const img = hatchPattern(size, '#009e73', 2.5);
    expect(img.data).toHaveLength(size * size * 4);
    const alpha = (x: number, y: number): number => img.data[(y * size + x) * 4 + 3] ?? -1;
    let opaque = 0;
    for (let y = 0; y < size; y += 1) {
      for (let x = 0; x < size; x += 1) {
        if (alpha(x, y) === 255) opaque += 1;
        // Diagonal lines: moving one right and one up stays on the same line (wrapping).
        expect(alpha(x, y), `${x},${y}`).toBe(alpha((x + 1) % size, (y + size - 1) % size));
      }
    }
    expect(opaque).toBeGreaterThan(0);
    expect(opaque).toBeLessThan((size * size) / 2);
    const i = img.data.findIndex((_, k) => k % 4 === 3 && img.data[k] === 255) - 3;
    expect([img.data[i], img.data[i + 1], img.data[i + 2]]).toEqual(hexToRgb('#009e73'));
  });

  it('rejects a colour it cannot parse', () => {
    expect(() => hexToRgb('green')).toThrow();
  });
});
