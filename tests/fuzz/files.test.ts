/**
 * Fuzzing the file parsers: scenario files, deck files, baseline CSV and GeoJSON boundaries.
 * For every generated input each parser either accepts it or returns a message that names the
 * problem (the field, the row and column, or the kind of fault); none throws; inputs are
 * bounded in size, and the parsers' own size limits are tried too. Changing one field of a
 * valid file must be reported at that field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_VERTICES, validateZoneBoundaryImport } from '../../src/data/boundary-import';
import { getZone } from '../../src/data/queries';
import { parseScenarioJson } from '../../src/model/validate';
import { countyInputs } from '../../src/ui/workbench/run-request';
import { MAX_SCENARIO_FILE_BYTES, readScenarioText } from '../../src/ui/workbench/scenario-io';
import { defaultDeck } from '../../src/present/default-deck';
import { formatDeckIssues, parseDeckJson } from '../../src/present/deck-schema';
import {
  CSV_COLUMNS,
  MAX_CSV_CHARS,
  baselineCsv,
  parseBaselineCsv,
  type BaselineNames,
} from '../../src/state/baseline-csv';
import { emptyBaseline } from '../../src/state/baseline-kind';
import { withLevel, withWeight } from '../../src/state/baseline-rules';
import { COUNTY_ADCODES, LEVEL_SLOTS } from '../../src/state/baseline-slots';
import { formatCsvIssue } from '../../src/ui/baseline/csv-messages';
import { context as deckContext, plan } from '../present/fixtures';
import { FuzzCounts, badValue, jsonPaths, jsonValue, namesPlace, params, withAt } from './harness';

const counts = new FuzzCounts('files');
const NOW = '2024-05-01T08:00:00.000Z';
afterAll(() => counts.save());

/** Text a user might feed a file picker: JSON, near-JSON, noise, byte-order marks. */
const fileText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  jsonValue.map((v) => JSON.stringify(v)),
  jsonValue.map((v) => `\uFEFF${JSON.stringify(v)}`),
  jsonValue.map((v) => JSON.stringify(v).slice(0, -1)),
  fc.constantFrom('', ' ', '{', '[]', 'null', '{"version":1', '\u0000', '{"__proto__":{"x":1}}'),
);

// ── Scenario files ───────────────────────────────────────────────────────────────────────
const counties = countyInputs(plan);
const SCENARIO_DIR = new URL('../fixtures/scenarios/', import.meta.url);
const validScenarios = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json') && !f.startsWith('counties'))
  .map((f) => JSON.parse(readFileSync(new URL(f, SCENARIO_DIR), 'utf8')) as unknown);

describe('scenario files (readScenarioText, parseScenarioJson)', () => {
  const check = (text: string): ReturnType<typeof readScenarioText> => {
    counts.hit('scenario file');
    const r = readScenarioText(text, counties);
    if (r.ok) expect(r.scenario.version).toBe(1);
    else {
      expect(r.problems.length).toBeGreaterThan(0);
      // "path: message", each naming where.
      for (const p of r.problems) expect(p).toMatch(/^[^:]+: \S/);
    }
    return r;
  };

  it('the fixtures are valid (the mutations below start from real files)', () => {
    expect(validScenarios.length).toBeGreaterThan(3);
    for (const s of validScenarios) expect(check(JSON.stringify(s)).ok).toBe(true);
  });

  it('any text: accepted, or every problem says where', () => {
    fc.assert(
      fc.property(fileText, (text) => void check(text)),
      params(3_000),
    );
  });

  it('one field of a valid file changed or removed: accepted, or the problem names that field', () => {
    const mutation = fc.constantFrom(...validScenarios).chain((s) =>
      fc.record({
        s: fc.constant(s),
        path: fc.constantFrom(...jsonPaths(s)),
        value: fc.option(badValue, { nil: undefined, freq: 5 }),
      }),
    );
    fc.assert(
      fc.property(mutation, ({ s, path, value }) => {
        const text = JSON.stringify(withAt(s, path, value));
        const r = check(text);
        if (r.ok) return;
        const json = parseScenarioJson(text, { counties });
        if (json.ok) throw new Error('readScenarioText and parseScenarioJson disagree');
        expect(
          json.errors.some((e) => namesPlace(e.path, path)),
          `${path.join('.')} → ${JSON.stringify(value)}: ${json.errors.map((e) => e.path).join(', ')}`,
        ).toBe(true);
      }),
      params(4_000),
    );
  });

  it('the app refuses files over its size limit before reading them', () => {
    // readScenarioFile checks file.size first; the text parser survives big input too.
    const big = `{"version":1,"name":"${'x'.repeat(MAX_SCENARIO_FILE_BYTES)}"}`;
    counts.hit('scenario file');
    const r = readScenarioText(big, counties);
    expect(r.ok).toBe(false);
  });
});

// ── Deck files ───────────────────────────────────────────────────────────────────────────
describe('deck files (parseDeckJson)', () => {
  const deck = defaultDeck() as unknown;
  const paths = jsonPaths(deck);
  const check = (text: string): ReturnType<typeof parseDeckJson> => {
    counts.hit('deck file');
    const r = parseDeckJson(text, deckContext);
    if (!r.ok) {
      expect(r.errors.length).toBeGreaterThan(0);
      for (const e of r.errors) {
        expect(e.path.length).toBeGreaterThan(0);
        expect(e.message.trim().length).toBeGreaterThan(0);
      }
      expect(formatDeckIssues(r.errors)).toMatch(/: /);
    }
    return r;
  };

  it('the default deck is valid', () => {
    expect(check(JSON.stringify(deck)).ok).toBe(true);
  });

  it('any text: accepted, or every problem has a path and a message', () => {
    fc.assert(
      fc.property(fileText, (text) => void check(text)),
      params(3_000),
    );
  });

  it('one field of the default deck changed or removed: accepted, or the problem names that field', () => {
    const mutation = fc.record({
      path: fc.constantFrom(...paths),
      value: fc.option(badValue, { nil: undefined, freq: 5 }),
    });
    fc.assert(
      fc.property(mutation, ({ path, value }) => {
        const r = check(JSON.stringify(withAt(deck, path, value)));
        if (r.ok) return;
        expect(
          r.errors.some((e) => namesPlace(e.path, path)),
          `${path.join('.')} → ${String(JSON.stringify(value)).slice(0, 60)}: ${r.errors.map((e) => e.path).join(', ')}`,
        ).toBe(true);
      }),
      params(3_000),
    );
  });

  it('a deck of many scenes or very long texts is handled (bounded, no hang)', () => {
    const d = defaultDeck();
    const many = { ...d, scenes: Array.from({ length: 300 }, () => d.scenes[0]) };
    expect(check(JSON.stringify(many)).ok).toBeTypeOf('boolean');
    const long = withAt(d, ['title', 'zh'], 'x'.repeat(200_000));
    expect(check(JSON.stringify(long)).ok).toBeTypeOf('boolean');
  });
});

// ── Baseline CSV ─────────────────────────────────────────────────────────────────────────
describe('baseline CSV (parseBaselineCsv)', () => {
  const names: BaselineNames = {
    level: (id) => id,
    county: (code) => plan.units.find((u) => u.adcode === code)?.name_zh ?? code,
  };
  let filled = emptyBaseline();
  for (const slot of LEVEL_SLOTS)
    filled = withLevel(filled, slot.id, {
      value: (slot.min + slot.max) / 2,
      origin: 'user',
      enteredAt: NOW,
    });
  COUNTY_ADCODES.forEach((code) => {
    filled = withWeight(filled, code, {
      value: 100 / COUNTY_ADCODES.length,
      origin: 'user',
      enteredAt: NOW,
    });
  });
  const valid = baselineCsv(names, 'zh-CN', filled);
  const lines = valid
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
  const valueColumn = CSV_COLUMNS.indexOf('value');

  const check = (text: string): ReturnType<typeof parseBaselineCsv> => {
    counts.hit('baseline CSV');
    const r = parseBaselineCsv(text, names);
    if (!r.ok) {
      expect(r.issues.length).toBeGreaterThan(0);
      for (const issue of r.issues) {
        for (const lang of ['zh-CN', 'en'] as const) {
          const message = formatCsvIssue(issue, lang);
          expect(message.trim().length).toBeGreaterThan(0);
          expect(message).not.toMatch(/\{\w+\}|undefined|NaN/);
          if (issue.row !== null) expect(message).toContain(String(issue.row));
        }
      }
    }
    return r;
  };

  it('the filled-in template is valid', () => {
    expect(check(valid).ok).toBe(true);
  });

  it('one value of a valid file made wrong: the problem names that row and the value column', () => {
    const bad = fc.oneof(
      fc.constantFrom('abc', '1,2,3', '--5', '1e999', '∞', '12亿', '5%%'),
      fc.constantFrom('1e12', '-999999'),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: lines.length - 1 }), bad, (row, value) => {
        const cells = lines[row]!.split(',');
        cells[valueColumn] = value.includes(',') ? `"${value}"` : value;
        const text = [...lines.slice(0, row), cells.join(','), ...lines.slice(row + 1)].join(
          '\r\n',
        );
        const r = check(text);
        expect(r.ok, `row ${row + 1}: ${value}`).toBe(false);
        if (r.ok) return;
        expect(
          r.issues.some((i) => i.row === row + 1 && i.column?.letter === 'C'),
          JSON.stringify(r.issues),
        ).toBe(true);
      }),
      params(2_000),
    );
  });

  it('cells shuffled, dropped, duplicated or quoted: accepted, or each problem says where', () => {
    const edit = fc.array(
      fc.record({
        row: fc.integer({ min: 0, max: lines.length - 1 }),
        op: fc.constantFrom('drop', 'duplicate', 'quote', 'blank', 'swap', 'junk'),
        junk: fc.string({ maxLength: 12 }),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(edit, (edits) => {
        const rows = [...lines];
        for (const e of edits) {
          const line = rows[e.row] ?? '';
          if (e.op === 'drop') rows.splice(e.row, 1);
          else if (e.op === 'duplicate') rows.splice(e.row, 0, line);
          else if (e.op === 'quote') rows[e.row] = `"${line}`;
          else if (e.op === 'blank') rows[e.row] = '';
          else if (e.op === 'swap') rows[e.row] = line.split(',').reverse().join(',');
          else rows[e.row] = `${line},${e.junk}`;
        }
        check(rows.join('\r\n'));
      }),
      params(3_000),
    );
  });

  it('files over the size limit are refused at once, naming the limit', () => {
    counts.hit('baseline CSV');
    const r = parseBaselineCsv('x'.repeat(MAX_CSV_CHARS + 1), names);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({ code: 'too-large', params: { max: MAX_CSV_CHARS } });
  });
});

// ── GeoJSON zone boundaries ──────────────────────────────────────────────────────────────
describe('GeoJSON boundary import (validateZoneBoundaryImport)', () => {
  const zone = getZone(plan, 'zone.gulei');
  if (!zone?.geometry) throw new Error('zone.gulei has no outline in the dataset');
  const feature = { type: 'Feature', properties: {}, geometry: zone.geometry } as unknown;
  const CODES = [
    'not-json',
    'not-geojson',
    'unknown-zone',
    'no-polygon',
    'bad-coordinates',
    'projected-coordinates',
    'swapped-coordinates',
    'invalid-ring',
    'outside-zhangzhou',
    'looks-gcj02',
    'too-many-vertices',
  ];
  const check = (
    input: unknown,
    zoneId = 'zone.gulei',
  ): ReturnType<typeof validateZoneBoundaryImport> => {
    counts.hit('GeoJSON boundary');
    const r = validateZoneBoundaryImport(input, zoneId, { data: plan });
    if (r.ok) {
      expect(Number.isFinite(r.areaKm2)).toBe(true);
      expect(r.areaKm2).toBeGreaterThan(0);
    } else {
      expect(CODES).toContain(r.error.code);
      expect(r.error.message.trim().length).toBeGreaterThan(10);
      expect(r.error.message_zh.trim().length).toBeGreaterThan(4);
      expect(r.error.message + r.error.message_zh).not.toContain('[object Object]');
    }
    return r;
  };

  it('the dataset outline is accepted', () => {
    expect(check(JSON.stringify(feature)).ok).toBe(true);
  });

  it('any text or JSON: accepted, or one coded error in English and Chinese', () => {
    fc.assert(
      fc.property(fc.oneof(fileText, jsonValue), (input) => void check(input)),
      params(3_000),
    );
  });

  const position = fc.oneof(
    fc.tuple(
      fc.double({ min: 117, max: 118.5, noNaN: true }),
      fc.double({ min: 23.5, max: 24.8, noNaN: true }),
    ),
    fc.tuple(fc.double(), fc.double()),
    fc.tuple(
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    ),
    fc.array(fc.oneof(fc.double(), fc.string({ maxLength: 3 })), { maxLength: 4 }),
  );
  const ring = fc.array(position, { maxLength: 40 });
  const geometry = fc.oneof(
    fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(ring, { maxLength: 3 }) }),
    fc.record({
      type: fc.constant('MultiPolygon'),
      coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 3 }),
    }),
    fc.record({
      type: fc.constantFrom('Point', 'LineString', 'GeometryCollection'),
      coordinates: fc.array(position, { maxLength: 5 }),
    }),
  );

  it('GeoJSON-shaped files with random geometry, datum and properties', () => {
    const input = fc.record({
      type: fc.constantFrom('Feature', 'FeatureCollection', 'Polygon'),
      geometry,
      properties: fc.oneof(
        fc.constant({}),
        fc.constant(null),
        fc.dictionary(fc.string({ maxLength: 8 }), jsonValue, { maxKeys: 3 }),
      ),
      crs: fc.option(
        fc.record({
          type: fc.constant('name'),
          properties: fc.record({
            name: fc.constantFrom(
              'EPSG:4326',
              'EPSG:3857',
              'urn:ogc:def:crs:OGC:1.3:CRS84',
              'GCJ-02',
              'x',
            ),
          }),
        }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(input, fc.constantFrom('zone.gulei', 'zone.nope', ''), (g, zoneId) => {
        const json =
          g.type === 'FeatureCollection'
            ? {
                type: g.type,
                features: [{ type: 'Feature', properties: g.properties, geometry: g.geometry }],
              }
            : g.type === 'Polygon'
              ? g.geometry
              : g;
        check(JSON.stringify(json), zoneId);
      }),
      params(3_000),
    );
  });

  it('one coordinate or member of the valid outline changed: accepted, or a coded error', () => {
    const paths = jsonPaths(feature);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.option(fc.oneof(badValue, fc.double()), { nil: undefined, freq: 5 }),
        (path, value) => void check(JSON.stringify(withAt(feature, path, value))),
      ),
      params(2_000),
    );
  });

  it('a polygon at the vertex limit is checked; one far over it is refused at once, naming the limit', () => {
    const circle = (n: number): number[][] => {
      const coords = Array.from({ length: n - 1 }, (_, i) => {
        const a = (2 * Math.PI * i) / (n - 1);
        return [117.6 + 0.02 * Math.cos(a), 23.75 + 0.02 * Math.sin(a)];
      });
      return [...coords, coords[0]!];
    };
    const atLimit = check({ type: 'Polygon', coordinates: [circle(MAX_IMPORT_VERTICES)] });
    expect(atLimit.ok).toBe(true);
    const over = check({ type: 'Polygon', coordinates: [circle(MAX_IMPORT_VERTICES * 5)] });
    expect(over.ok).toBe(false);
    if (!over.ok) {
      expect(over.error.code).toBe('too-many-vertices');
      expect(over.error.message).toContain('100,000 vertices');
      expect(over.error.message).toContain('20,000');
      expect(over.error.message_zh).toContain('20,000');
    }
  }, 60_000);
});
